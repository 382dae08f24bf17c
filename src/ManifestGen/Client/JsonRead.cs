using System.Text.Json;

namespace ManifestGen.Client;

/// <summary>Reads a service answer defensively: a missing member or a wrong type is a <see cref="LabelboxRequestException"/> (UnexpectedResponse) naming the path.</summary>
internal static class JsonRead
{
    public static JsonElement Object(JsonElement parent, string name, string path) =>
        Optional(parent, name, path, JsonValueKind.Object, "an object") ?? throw Wrong(path + "." + name, "an object");

    public static JsonElement? OptionalObject(JsonElement parent, string name, string path) =>
        Optional(parent, name, path, JsonValueKind.Object, "an object or null");

    public static JsonElement Array(JsonElement parent, string name, string path) =>
        Optional(parent, name, path, JsonValueKind.Array, "an array") ?? throw Wrong(path + "." + name, "an array");

    public static JsonElement? OptionalArray(JsonElement parent, string name, string path) =>
        Optional(parent, name, path, JsonValueKind.Array, "an array or null");

    public static string String(JsonElement parent, string name, string path) =>
        OptionalString(parent, name, path) ?? throw Wrong(path + "." + name, "a string");

    public static string? OptionalString(JsonElement parent, string name, string path) =>
        Member(parent, name, path) switch
        {
            { ValueKind: JsonValueKind.String } e => Text(e, path + "." + name),
            { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            _ => throw Wrong(path + "." + name, "a string"),
        };

    public static bool OptionalBool(JsonElement parent, string name, string path) =>
        Member(parent, name, path) switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined } => false,
            _ => throw Wrong(path + "." + name, "true or false"),
        };

    public static double? OptionalNumber(JsonElement parent, string name, string path) =>
        Member(parent, name, path) switch
        {
            { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
            { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            _ => throw Wrong(path + "." + name, "a number"),
        };

    /// <summary>A member that may be any JSON (e.g. a task's errors), as compact text; null when absent or null.</summary>
    public static string? OptionalRaw(JsonElement parent, string name, string path) =>
        Member(parent, name, path) switch
        {
            { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            { ValueKind: JsonValueKind.String } e => Text(e, path + "." + name),
            var e => e.GetRawText(),
        };

    /// <summary>
    /// A JSON string's text. One holding an escaped lone surrogate (<c>\ud800</c>) is valid JSON but no text,
    /// and <see cref="JsonElement.GetString"/> throws on it: that is an answer of the wrong shape, named by path.
    /// </summary>
    public static string Text(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (System.InvalidOperationException)
        {
            throw Wrong(path, "text (it holds an escaped lone surrogate)");
        }
    }

    public static LabelboxRequestException Wrong(string path, string expected) =>
        new(LabelboxErrorKind.UnexpectedResponse, "Labelbox answered with an unexpected shape: " + path + " should be " + expected + ". Check LabelboxClientOptions.Endpoint points at a Labelbox GraphQL API.");

    /// <summary>The member when it is of <paramref name="kind"/>; null when absent or null; otherwise a <see cref="Wrong"/> saying <paramref name="expected"/>.</summary>
    private static JsonElement? Optional(JsonElement parent, string name, string path, JsonValueKind kind, string expected) =>
        Member(parent, name, path) switch
        {
            { ValueKind: var actual } e when actual == kind => e,
            { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            _ => throw Wrong(path + "." + name, expected),
        };

    private static JsonElement Member(JsonElement parent, string name, string path)
    {
        if (parent.ValueKind != JsonValueKind.Object)
        {
            throw Wrong(path, "an object");
        }

        return parent.TryGetProperty(name, out JsonElement value) ? value : default;
    }
}
