using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// JSON values as plain objects for GraphQL output, and reads of JSON strings that need no new string:
/// the import reads hundreds of thousands of rows, and a string per field made garbage collection the
/// larger part of its time.
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

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => "null",
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

    /// <summary>The instance from <paramref name="known"/> that a JSON string equals, or null.</summary>
    public static string? Known(JsonElement value, IReadOnlyList<string> known)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        for (int i = 0; i < known.Count; i++)
        {
            if (value.ValueEquals(known[i]))
            {
                return known[i];
            }
        }

        return null;
    }

    /// <summary>The string, or <paramref name="previous"/> itself when equal to it (a dataset id repeated on every row).</summary>
    public static string GetString(JsonElement value, string? previous) =>
        previous is not null && value.ValueEquals(previous) ? previous : value.GetString()!;
}
