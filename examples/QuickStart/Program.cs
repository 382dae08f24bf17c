using System;
using System.IO;
using ManifestGen;
using QuickStart;

// Every *.lbx.json in this project was checked against Labelbox's rules when it was built; a bad
// row would have failed the build with file(line,col) and the fix. Here we only use the result.
ImportManifest[] manifests = { LabelboxManifests.StandardUrl, LabelboxManifests.Bulk, LabelboxManifests.Single };

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

Console.WriteLine();
Console.WriteLine($"{total} rows in {manifests.Length} import files, ready for Labelbox's JSON upload or its Python SDK.");
