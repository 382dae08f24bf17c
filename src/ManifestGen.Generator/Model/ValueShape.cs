namespace ManifestGen.Generator.Model;

/// <summary>What a [LabelboxDataRow] member's CLR type is, as far as the Labelbox rules care.</summary>
internal enum ValueShape
{
    /// <summary>None of the shapes below.</summary>
    Other,
    String,
    Uri,
    FileInfo,

    /// <summary>Any built-in numeric type (sbyte … decimal).</summary>
    Number,
    DateTimeOffset,
    DateTime,

    /// <summary>A C# enum.</summary>
    Enum,

    /// <summary>A <c>ManifestGen.MetadataOption</c> type, e.g. one the metadata generator emits.</summary>
    Option,

    /// <summary>A type the compiler cannot resolve yet: most likely a generated option type, which
    /// another generator adds; the compiler reports it if it really is missing.</summary>
    Unresolved,
    DoubleSequence,
    FloatSequence,
}
