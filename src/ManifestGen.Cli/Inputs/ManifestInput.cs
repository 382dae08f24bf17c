namespace ManifestGen.Cli.Inputs;

/// <summary>A manifest file to check, and the folder above which no labelbox.metadata.json is looked for.</summary>
internal sealed class ManifestInput
{
    public ManifestInput(string path, string searchRoot)
    {
        Path = path;
        SearchRoot = searchRoot;
    }

    /// <summary>The full path.</summary>
    public string Path { get; }

    /// <summary>The working directory when the file is under it, else the folder the argument named.</summary>
    public string SearchRoot { get; }
}
