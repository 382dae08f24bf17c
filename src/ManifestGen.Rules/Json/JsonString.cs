namespace ManifestGen.Rules.Json;

/// <summary>
/// A string token: <see cref="Start"/> is its opening quote, <see cref="End"/> is one past its
/// closing quote. The value is decoded only when asked, and without copying when it has no escapes.
/// </summary>
internal readonly struct JsonString
{
    public JsonString(int start, int end, bool hasEscapes)
    {
        Start = start;
        End = end;
        HasEscapes = hasEscapes;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool HasEscapes { get; }
}
