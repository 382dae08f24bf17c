using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ManifestGen.Journal;

/// <summary>Reflection-free JSON for journal lines and failure files.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)] // a member no kind of line has is damage, not data
[JsonSerializable(typeof(JournalRecord))]
[JsonSerializable(typeof(IReadOnlyList<ImportFailure>))]
internal sealed partial class JournalJson : JsonSerializerContext
{
    /// <summary>The same, indented, for files people read.</summary>
    public static JournalJson Indented { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    });
}
