using System;
using System.Collections.Generic;
using System.Linq;

namespace ManifestGen.Rules.Config;

/// <summary>
/// The config files of a project: its `.editorconfig` files, applied to each file as the compiler
/// applies them to C# files, and its global configs merged by level.
/// </summary>
internal sealed class ConfigSet
{
    /// <summary>The editorconfig files, outermost folder first (the order they are applied in).</summary>
    private readonly ConfigFile[] editorConfigs;

    public ConfigSet(IEnumerable<ConfigFile> files)
    {
        ConfigFile[] all = files.ToArray();
        editorConfigs = all.Where(f => !f.IsGlobal).OrderBy(f => f.Directory.Length).ToArray();
        Global = MergeGlobal(all.Where(f => f.IsGlobal));
    }

    /// <summary>The severity keys of the global configs' preambles (named sections of global configs are not read).</summary>
    public SeverityOptions Global { get; }

    /// <summary>
    /// What the `.editorconfig` files say for <paramref name="path"/> (a full path): every section
    /// matching it, from the outermost folder in, a later value replacing an earlier one, and a
    /// `root = true` file discarding what the folders above it said.
    /// </summary>
    public SeverityOptions EditorConfigFor(string path)
    {
        string normalized = ConfigFile.Normalize(path);
        var properties = new List<KeyValuePair<string, string>>();
        foreach (ConfigFile config in editorConfigs)
        {
            if (!normalized.StartsWith(config.Directory + "/", StringComparison.Ordinal))
            {
                continue;
            }

            if (config.IsRoot)
            {
                properties.Clear();
            }

            string relative = normalized.Substring(config.Directory.Length);
            foreach (ConfigSection section in config.Sections)
            {
                if (section.Pattern != null && section.Pattern.IsMatch(relative))
                {
                    properties.AddRange(section.Properties);
                }
            }
        }

        return SeverityOptions.From(properties);
    }

    /// <summary>
    /// A key set by several global configs takes the value of the highest level; two configs of that
    /// level disagreeing unset it (the compiler warns and drops it too).
    /// </summary>
    private static SeverityOptions MergeGlobal(IEnumerable<ConfigFile> globals)
    {
        var winners = new Dictionary<string, (int Level, string? Value)>(StringComparer.Ordinal);
        foreach (ConfigFile config in globals)
        {
            foreach (KeyValuePair<string, string> pair in SeverityOptions.From(config.Preamble).Values)
            {
                if (!winners.TryGetValue(pair.Key, out var current) || current.Level < config.GlobalLevel)
                {
                    winners[pair.Key] = (config.GlobalLevel, pair.Value);
                }
                else if (current.Level == config.GlobalLevel && current.Value != pair.Value)
                {
                    winners[pair.Key] = (current.Level, null);
                }
            }
        }

        return SeverityOptions.From(winners
            .Where(w => w.Value.Value != null)
            .Select(w => new KeyValuePair<string, string>(w.Key, w.Value.Value!)));
    }
}
