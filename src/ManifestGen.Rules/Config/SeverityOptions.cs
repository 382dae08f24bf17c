using System;
using System.Collections.Generic;
using System.Linq;

namespace ManifestGen.Rules.Config;

/// <summary>
/// The severity keys configuration sets for one file (or, for global configs, for the project):
/// `dotnet_diagnostic.ID.severity`, `dotnet_analyzer_diagnostic.category-C.severity` and
/// `dotnet_analyzer_diagnostic.severity`. Equal when the keys and values are, so a cached result can
/// be kept while an edit leaves a file's options as they were.
/// </summary>
internal sealed class SeverityOptions : IEquatable<SeverityOptions>
{
    public static readonly SeverityOptions Empty = new(Array.Empty<KeyValuePair<string, string>>());

    /// <summary>Sorted by key, keys lower-cased, one value per key.</summary>
    private readonly KeyValuePair<string, string>[] values;

    private SeverityOptions(KeyValuePair<string, string>[] values) => this.values = values;

    /// <summary>The severity keys among <paramref name="properties"/>; of a repeated key the last value counts.</summary>
    public static SeverityOptions From(IEnumerable<KeyValuePair<string, string>> properties)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> property in properties)
        {
            string key = property.Key.ToLowerInvariant();
            if (SeverityWords.IsSeverityKey(key))
            {
                byKey[key] = property.Value;
            }
        }

        return byKey.Count == 0
            ? Empty
            : new SeverityOptions(byKey.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray());
    }

    public IEnumerable<KeyValuePair<string, string>> Values => values;

    /// <summary>These options over <paramref name="lower"/>: a key set in both takes this value.</summary>
    public SeverityOptions Over(SeverityOptions lower) =>
        lower.values.Length == 0 ? this : values.Length == 0 ? lower : From(lower.values.Concat(values));

    /// <summary>`dotnet_diagnostic.ID.severity`, if set to a valid word.</summary>
    public ConfiguredSeverity? ForId(string id) => Lookup(SeverityWords.IdKey(id));

    /// <summary>The category's key, or failing it `dotnet_analyzer_diagnostic.severity`, if set to a valid word.</summary>
    public ConfiguredSeverity? ForCategory(string category) =>
        Lookup(SeverityWords.CategoryKey(category)) ?? Lookup(SeverityWords.AllKey);

    public bool Equals(SeverityOptions? other) =>
        other != null && values.SequenceEqual(other.values);

    public override bool Equals(object? obj) => Equals(obj as SeverityOptions);

    public override int GetHashCode()
    {
        int hash = 17;
        foreach (KeyValuePair<string, string> pair in values)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(pair.Key) + StringComparer.Ordinal.GetHashCode(pair.Value));
        }

        return hash;
    }

    private ConfiguredSeverity? Lookup(string key)
    {
        string lower = key.ToLowerInvariant();
        foreach (KeyValuePair<string, string> pair in values)
        {
            if (pair.Key == lower)
            {
                return SeverityWords.TryParse(pair.Value, out ConfiguredSeverity severity) ? severity : null;
            }
        }

        return null;
    }
}
