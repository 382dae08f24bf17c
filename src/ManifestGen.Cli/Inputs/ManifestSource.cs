namespace ManifestGen.Cli.Inputs;

/// <summary>
/// A manifest file to check, and the folder above which no labelbox.metadata.json is looked for. Named for where
/// a manifest comes from, apart from the generator's ManifestInput (an AdditionalText and its resource name).
/// </summary>
/// <param name="Path">The full path.</param>
/// <param name="SearchRoot">The working directory when the file is under it, else the folder the argument named.</param>
internal sealed record ManifestSource(string Path, string SearchRoot);
