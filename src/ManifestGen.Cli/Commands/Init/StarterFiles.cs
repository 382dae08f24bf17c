using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace ManifestGen.Cli.Commands.Init;

/// <summary>
/// The files <c>lbx init</c> writes, embedded from Starter/: a manifest in the envelope form and the
/// labelbox.metadata.json declaring the custom field it uses, each with "$schema" pointing at the
/// published JSON Schema so editors complete keys.
/// </summary>
internal static class StarterFiles
{
    public const string Manifest = "images.lbx.json";

    public const string MetadataSchema = "labelbox.metadata.json";

    public static IReadOnlyList<string> Names { get; } = new[] { Manifest, MetadataSchema };

    public static string Read(string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Starter/" + name)
            ?? throw new FileNotFoundException("The starter file " + name + " is not embedded in lbx");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
