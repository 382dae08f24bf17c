namespace ManifestGen.Rules.Json;

/// <summary>The kind of the next JSON value, as seen from its first character.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
