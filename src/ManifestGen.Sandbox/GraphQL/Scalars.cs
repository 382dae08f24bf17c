using System;
using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary>Labelbox's DateTime: UTC with milliseconds, as JavaScript writes dates (2024-01-31T12:00:00.000Z).</summary>
internal sealed class LabelboxDateTimeGraphType : ScalarGraphType
{
    public LabelboxDateTimeGraphType() => Name = "DateTime";

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset d) => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue(s.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };
}

/// <summary>Any JSON value (metadata values, task metadata, media attributes).</summary>
internal sealed class JsonGraphType : ComplexScalarGraphType
{
    public JsonGraphType() => Name = "Json";
}

/// <summary>The GraphQL multipart-request spec's Upload: a file part mapped onto a variable.</summary>
internal sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType() => Name = "Upload";

    public override object? Serialize(object? value) => ThrowSerializationError(value);

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value, "A file can only be sent as a multipart part mapped onto a variable.");
}

/// <summary>A file part of a multipart request.</summary>
internal sealed record UploadedFile(string FileName, string? ContentType, long Length, Func<System.IO.Stream> OpenReadStream);
