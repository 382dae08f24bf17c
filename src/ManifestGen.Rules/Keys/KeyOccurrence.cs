namespace ManifestGen.Rules.Keys;

/// <summary>Where a global key was written: file, and the span of its token.</summary>
internal readonly struct KeyOccurrence
{
    public KeyOccurrence(string path, string key, int start, int length)
    {
        Path = path;
        Key = key;
        Start = start;
        Length = length;
    }

    public string Path { get; }

    public string Key { get; }

    public int Start { get; }

    public int Length { get; }
}
