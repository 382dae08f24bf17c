using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using ManifestGen.Json;
using ManifestGen.Manifests;
using ManifestGen.Rules.Manifest;

namespace ManifestGen;

/// <summary>
/// The rows of one `.lbx.json` manifest. Generated <c>LabelboxManifests</c> properties return one
/// per manifest in the project, read from an embedded resource on first use and checked against
/// the content hash recorded at build time.
/// </summary>
public sealed class ImportManifest
{
    private readonly Lazy<IReadOnlyList<DataRowSpec>> _rows;
    private readonly int? _declaredCount;
    private IReadOnlyList<string>? _globalKeys;

    private ImportManifest(string name, string? dataset, string source, int? declaredCount, Func<IReadOnlyList<DataRowSpec>> load)
    {
        Name = name;
        Dataset = dataset;
        Source = source;
        _declaredCount = declaredCount;
        _rows = new Lazy<IReadOnlyList<DataRowSpec>>(load);
    }

    /// <summary>The manifest's name: the envelope's "name", or the file name without .lbx.json.</summary>
    public string Name { get; }

    /// <summary>The envelope's "dataset", if it names the dataset to import into.</summary>
    public string? Dataset { get; }

    /// <summary>Where the rows come from: a file path or an embedded resource name.</summary>
    public string Source { get; }

    /// <summary>The number of rows (known without reading them for a generated manifest).</summary>
    public int Count => _declaredCount ?? Rows.Count;

    /// <summary>The rows, in file order.</summary>
    /// <exception cref="ManifestFormatException">The manifest cannot be read into rows.</exception>
    /// <exception cref="InvalidOperationException">The embedded manifest is missing or differs from the one built.</exception>
    public IReadOnlyList<DataRowSpec> Rows => _rows.Value;

    /// <summary>The global keys of the rows that have one, in file order.</summary>
    public IReadOnlyList<string> GlobalKeys => _globalKeys ??= Rows.Where(row => row.GlobalKey != null).Select(row => row.GlobalKey!).ToArray();

    /// <summary>Reads a manifest from its JSON text (either manifest form).</summary>
    /// <param name="json">The manifest text.</param>
    /// <param name="name">The name to use when the text has no envelope "name".</param>
    /// <exception cref="ManifestFormatException">The text cannot be read into rows.</exception>
    public static ImportManifest Parse(string json, string name = "manifest")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        return FromText(json, name, name);
    }

    /// <summary>A manifest of rows built in code, e.g. with <see cref="DataRowSpec.Image(string)"/>.</summary>
    /// <param name="rows">The rows, in order; they are copied.</param>
    /// <param name="name">The manifest's name.</param>
    /// <param name="dataset">The dataset the rows are meant for, if any.</param>
    public static ImportManifest FromRows(IEnumerable<DataRowSpec> rows, string name, string? dataset = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(name);
        DataRowSpec[] copy = rows.ToArray();
        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentException("The rows contain null.", nameof(rows));
        }

        return new ImportManifest(name, dataset, name, null, () => copy);
    }

    /// <summary>Reads a manifest file.</summary>
    /// <param name="path">Path of the `.lbx.json` file.</param>
    /// <exception cref="ManifestFormatException">The file cannot be read into rows.</exception>
    public static ImportManifest Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.OpenRead(path);
        return FromText(ManifestText.Read(stream), ManifestFiles.NameOf(path), path);
    }

    /// <summary>Used by generated code: a manifest embedded in <paramref name="assembly"/> at build time.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ImportManifest FromResource(Assembly assembly, string resourceName, string name, string? dataset, string contentHash, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        return new ImportManifest(name, dataset, resourceName, rowCount, () =>
        {
            using Stream stream = assembly.GetManifestResourceStream(resourceName)
                ?? throw new InvalidOperationException(
                    "The manifest resource '" + resourceName + "' is not embedded in " + assembly.GetName().Name
                    + ". ManifestGen's build targets embed every .lbx.json file; rebuild the project and check the file was not excluded.");
            string text = ManifestText.Read(stream);
            string actual = ContentHash.Compute(text);
            if (actual != contentHash)
            {
                throw new InvalidOperationException(
                    "The embedded manifest '" + resourceName + "' is not the one the build checked (expected " + contentHash + ", found " + actual + "). Rebuild the project.");
            }

            return ManifestReader.Read(text, resourceName).Rows;
        });
    }

    /// <summary>Writes the rows as a Labelbox import file: the JSON array the Labelbox UI and SDK accept.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="indented">Indent for people to read.</param>
    public void WriteJson(Stream stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, ImportJsonWriter.Options(indented));
        ImportJsonWriter.WriteArray(writer, Rows);
    }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Count + " rows)";

    private static ImportManifest FromText(string text, string fallbackName, string source)
    {
        var (doc, rows) = ManifestReader.Read(text, source);
        return new ImportManifest(doc.Name.Value is { Length: > 0 } n ? n : fallbackName, doc.Dataset.Value, source, null, () => rows);
    }
}
