using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManifestGen.Generator.Tests.Performance;

/// <summary>
/// A project the size the IDE-performance target names: 50 manifests, 200 C# files (one of them a
/// [LabelboxDataRow] type), a metadata schema, every ManifestGen generator with step tracking.
/// </summary>
internal sealed class IdeProject
{
    public const int Manifests = 50;
    public const int CSharpFiles = 200;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private IdeProject(GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<AdditionalText> files)
    {
        Driver = driver;
        Compilation = compilation;
        Files = files;
    }

    public GeneratorDriver Driver { get; private set; }

    public CSharpCompilation Compilation { get; private set; }

    public ImmutableArray<AdditionalText> Files { get; private set; }

    public static IdeProject Create()
    {
        ImmutableArray<AdditionalText> files = Enumerable.Range(0, Manifests)
            .Select(i => (AdditionalText)new InMemoryAdditionalText("/p/manifests/m" + i + ".lbx.json", Manifest(i, "")))
            .Append(new InMemoryAdditionalText("/p/labelbox.metadata.json", "{ \"fields\": [ { \"name\": \"camera\", \"kind\": \"string\" } ] }"))
            .ToImmutableArray();
        CSharpCompilation compilation = TestCompilation.Create(Enumerable.Range(0, CSharpFiles).Select(i => CSharpSyntaxTree.ParseText(Source(i, 0), ParseOptions, Path(i))));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
                ProjectRunner.Generators.Select(g => g.AsSourceGenerator()),
                files,
                ParseOptions,
                new TestOptionsProvider(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGenerators(compilation);
        return new IdeProject(driver, compilation, files);
    }

    /// <summary>A manifest of 20 rows; <paramref name="edit"/> is typed into the first row's key.</summary>
    public static string Manifest(int index, string edit) =>
        "[" + string.Join(",\n", Enumerable.Range(0, 20).Select(r => string.Format(
            CultureInfo.InvariantCulture,
            "{{\"row_data\": \"https://example.com/{0}/{1}.jpg\", \"global_key\": \"m{0}-r{1}{2}\", \"metadata_fields\": [{{\"name\": \"camera\", \"value\": \"D850\"}}]}}",
            index,
            r,
            r == 0 ? edit : ""))) + "]";

    /// <summary>C# file <paramref name="index"/>; <paramref name="version"/> changes a method body, as typing does. File 0 is a [LabelboxDataRow] type.</summary>
    public static string Source(int index, int version) => index == 0
        ? "using ManifestGen;\nnamespace App;\n[LabelboxDataRow] public partial class Photo { [RowData] public string Url { get; set; } = \"\"; [GlobalKey] public string? Key { get; set; } [Metadata(\"camera\")] public string? Camera { get; set; } public int Size() => " + version + "; }"
        : "namespace App;\npublic class C" + index + " { public int M() => " + version + "; }";

    public static string Path(int index) => "/p/C" + index + ".cs";

    /// <summary>Types one character into C# file <paramref name="index"/> and runs the generators.</summary>
    public GeneratorRunResult[] TypeInCSharp(int index, int version)
    {
        Compilation = Compilation.ReplaceSyntaxTree(Compilation.SyntaxTrees[index], CSharpSyntaxTree.ParseText(Source(index, version), ParseOptions, Path(index)));
        Driver = Driver.RunGenerators(Compilation);
        return Driver.GetRunResult().Results.ToArray();
    }

    /// <summary>Types into manifest <paramref name="index"/> and runs the generators; returns the edited file.</summary>
    public AdditionalText TypeInManifest(int index, string edit)
    {
        AdditionalText old = Files[index];
        AdditionalText edited = new InMemoryAdditionalText(old.Path, Manifest(index, edit));
        Files = Files.SetItem(index, edited);
        Driver = Driver.ReplaceAdditionalText(old, edited).RunGenerators(Compilation);
        return edited;
    }

    public GeneratorRunResult[] LastRun() => Driver.GetRunResult().Results.ToArray();
}
