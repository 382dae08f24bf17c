namespace ManifestGen.Generator.Model;

/// <summary>
/// What the generator needs to know of one manifest file. Strings and numbers only, so an
/// unchanged file compares equal and its step stays cached.
/// </summary>
/// <param name="Path">The additional file's path, for ordering and docs.</param>
/// <param name="PropertyName">The C# name wanted for it (PascalCase of the envelope name or file name).</param>
/// <param name="DisplayName">The envelope's "name", or the file name without .lbx.json.</param>
/// <param name="Dataset">The envelope's "dataset", if any.</param>
/// <param name="ResourceName">The manifest's embedded resource name, as MSBuild names it.</param>
/// <param name="ContentHash">The text's hash the runtime checks the resource against.</param>
/// <param name="RowCount">Rows read from the file.</param>
internal sealed record ManifestSpec(
    string Path,
    string PropertyName,
    string DisplayName,
    string? Dataset,
    string ResourceName,
    string ContentHash,
    int RowCount);
