namespace ManifestGen.Rules.Text;

/// <summary>A file's path and its text as read (after any byte order mark).</summary>
internal sealed class TextFile
{
    public TextFile(string path, string text)
    {
        Path = path;
        Text = text;
        Lines = new LineMap(text);
    }

    public string Path { get; }

    public string Text { get; }

    public LineMap Lines { get; }
}
