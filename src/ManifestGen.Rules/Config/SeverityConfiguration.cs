using System;
using System.Collections.Concurrent;
using ManifestGen.Rules.Diagnostics;

namespace ManifestGen.Rules.Config;

/// <summary>
/// A project's severity configuration applied file by file: the `.editorconfig` values for each
/// file's path (worked out once per path) under the project's <see cref="SeverityPolicy"/>. The
/// analyzer and `lbx validate` both resolve severities through this.
/// </summary>
internal sealed class SeverityConfiguration
{
    private readonly ConfigSet configs;
    private readonly SeverityPolicy policy;
    private readonly ConcurrentDictionary<string, SeverityOptions> byPath = new(StringComparer.Ordinal);

    public SeverityConfiguration(ConfigSet configs, SeverityPolicy policy)
    {
        this.configs = configs;
        this.policy = policy;
    }

    /// <summary>Error, Warning, Info, Hidden, or None for a finding of <paramref name="rule"/> in the file at <paramref name="path"/>.</summary>
    public ConfiguredSeverity For(Rule rule, string path) =>
        policy.Resolve(rule, byPath.GetOrAdd(path, configs.EditorConfigFor));
}
