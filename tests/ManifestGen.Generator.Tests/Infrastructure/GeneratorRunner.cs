using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ManifestGen.Generator.Manifests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManifestGen.Generator.Tests.Infrastructure;

/// <summary>Drives a generator (the manifest generator unless told) with step tracking on, as the IDE runs it.</summary>
internal static class GeneratorRunner
{
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, TestOptionsProvider? options = null, CSharpParseOptions? parseOptions = null, IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            new[] { (generator ?? new ManifestGenerator()).AsSourceGenerator() },
            additionalTexts: files,
            parseOptions: parseOptions,
            optionsProvider: options ?? new TestOptionsProvider(),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator and returns its result plus the compilation with the output added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, GeneratorDriver Driver) Run(
        Compilation compilation, IEnumerable<AdditionalText> files, TestOptionsProvider? options = null, IIncrementalGenerator? generator = null)
    {
        var parseOptions = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        GeneratorDriver driver = CreateDriver(files, options, parseOptions, generator).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        return (driver.GetRunResult(), output, driver);
    }

    public static IEnumerable<AdditionalText> Files(params (string Path, string Text)[] files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();
}
