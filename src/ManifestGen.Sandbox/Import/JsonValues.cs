using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// JSON values as plain objects for GraphQL output, and how messages name a value's kind.
/// </summary>
internal static class JsonValues
{
    public static object? ToObject(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Readable(value),
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ToObject(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => value.EnumerateArray().Select(ToObject).ToList(),
        _ => null,
    };

    /// <summary>How an error names the kind of the value a token starts.</summary>
    public static string Describe(JsonTokenType token) => KindOf(token) switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => "null",
    };

    /// <summary>The kind of the value a token starts, as a document names it; <see cref="JsonValueKind.Undefined"/> for none.</summary>
    public static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.Undefined,
    };

    /// <summary>
    /// A JSON string's text, or for one that holds an escaped lone surrogate (<c>\ud800</c>), which
    /// <see cref="JsonElement.GetString"/> refuses, the escaped text as sent.
    /// </summary>
    public static string Readable(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            string raw = value.GetRawText();
            return raw[1..^1];
        }
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
