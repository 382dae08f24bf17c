using System.Collections.Generic;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManifestGen.Generator.Tests.Infrastructure;

/// <summary>Compilations like a user's project: .NET 8 references plus the ManifestGen runtime.</summary>
internal static class TestCompilation
{
    private static readonly MetadataReference[] References =
        Net80.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(ImportManifest).Assembly.Location) }).ToArray();

    public static CSharpCompilation Create(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        Create(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(languageVersion), path: "Source" + i + ".cs")));

    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "TestProject",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Create(params string[] sources) => Create((IEnumerable<string>)sources);
}
