namespace ManifestGen.Rules.Json;

/// <summary>A string value with the span of its token (quotes included); absent when Value is null.</summary>
internal readonly struct Spanned
{
    public Spanned(string value, int start, int length)
    {
        Value = value;
        Start = start;
        Length = length;
    }

    public string? Value { get; }

    public int Start { get; }

    public int Length { get; }

    public bool IsPresent => Value != null;
}
