using System.Collections.Generic;

namespace ManifestGen.Rules.Config;

/// <summary>One `[name]` section of a config file: its pattern (null if the name is not a valid one) and its keys in file order.</summary>
internal sealed class ConfigSection
{
    public ConfigSection(string name, IReadOnlyList<KeyValuePair<string, string>> properties)
    {
        Name = name;
        Pattern = SectionPattern.TryCreate(name);
        Properties = properties;
    }

    public string Name { get; }

    public SectionPattern? Pattern { get; }

    /// <summary>Keys lower-cased, as the compiler stores them; a repeated key's last value counts.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Properties { get; }
}
