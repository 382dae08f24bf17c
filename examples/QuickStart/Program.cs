using System;
using System.IO;
using System.Linq;
using System.Threading;
using ManifestGen;
using QuickStart;

// Every *.lbx.json in this project was checked against Labelbox's rules when it was built; a bad
// row would have failed the build with file(line,col) and the fix. Here we only use the result.
ImportManifest[] manifests =
{
    LabelboxManifests.StandardUrl,
    LabelboxManifests.Bulk,
    LabelboxManifests.Single,

    // Rows can also be built in code. LabelboxMetadata holds a typed field for each reserved field
    // and each field of labelbox.metadata.json: a value of the wrong type does not compile, and
    // Build() applies the same rules as the manifest check.
    ImportManifest.FromRows(
        new[]
        {
            DataRowSpec.Image("https://storage.googleapis.com/labelbox-sample-datasets/Docs/basic.jpg")
                .WithGlobalKey("quickstart-typed-0001")
                .WithMetadata(LabelboxMetadata.Split, LabelboxMetadata.SplitOption.Valid)
                .WithMetadata(LabelboxMetadata.Camera, "Sony A7 IV")
                .WithMetadata(LabelboxMetadata.CaptureDateTime, new DateTimeOffset(2024, 5, 1, 13, 45, 0, TimeSpan.Zero))
                .WithAttachment(Attachment.ImageOverlay("https://storage.googleapis.com/labelbox-sample-datasets/Docs/rgb.jpg", name: "RGB"))
                .Build(),
        },
        name: "Typed",
        dataset: "Typed import example - Image"),
};

// Or as the application's own type, annotated with [LabelboxDataRow] (see CatPhoto.cs).
CatPhoto[] photos =
{
    new("https://storage.googleapis.com/labelbox-sample-datasets/Docs/basic.jpg", "quickstart-cat-0001")
    {
        Split = SplitKind.Train,
        Camera = "Nikon D850",
        TakenAt = new DateTimeOffset(2024, 5, 2, 9, 30, 0, TimeSpan.Zero),
        Overlay = "https://storage.googleapis.com/labelbox-sample-datasets/Docs/rgb.jpg",
    },
    new("https://storage.googleapis.com/labelbox-sample-datasets/Docs/basic.jpg", "quickstart-cat-0002") { Split = SplitKind.Test },
};

string outDir = Path.GetFullPath(args.Length > 0 ? args[0] : "quickstart-output");
Directory.CreateDirectory(outDir);

Console.WriteLine("ManifestGen QuickStart: writing Labelbox import files");
Console.WriteLine();
Console.WriteLine($"{"Manifest",-12} {"Dataset",-32} {"Rows",5}  File");
int total = 0;
foreach (ImportManifest manifest in manifests)
{
    string path = Path.Combine(outDir, manifest.Name + ".json");
    using (FileStream file = File.Create(path))
    {
        manifest.WriteJson(file, indented: true);
    }

    total += manifest.Rows.Count;
    Console.WriteLine($"{manifest.Name,-12} {manifest.Dataset ?? "(choose at import)",-32} {manifest.Rows.Count,5}  {path}");
}

// Annotated rows stream straight to the file, however many there are.
string photosPath = Path.Combine(outDir, "CatPhotos.json");
using (FileStream file = File.Create(photosPath))
{
    LabelboxImportJson.Write(file, photos, indented: true);
}

total += photos.Length;
Console.WriteLine($"{"CatPhotos",-12} {"(choose at import)",-32} {photos.Length,5}  {photosPath}");

Console.WriteLine();
Console.WriteLine($"{total} rows in {manifests.Length + 1} import files, ready for Labelbox's JSON upload or its Python SDK.");

// Then submit them: to Labelbox when LABELBOX_API_KEY is set, otherwise to a local Labelbox
// sandbox started in this process (see Submission.cs). Ctrl+C stops the import cleanly.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

QuickStartImport[] imports = manifests
    .Select(m => new QuickStartImport(m.Name, m.Rows.Count, (client, options, ct) => client.ImportAsync(m, options, ct)))
    .Append(new QuickStartImport("CatPhotos", photos.Length, (client, options, ct) => client.ImportAsync(photos, options, ct)))
    .ToArray();
Console.WriteLine();
return await Submission.RunAsync(imports, outDir, cancel.Token);
