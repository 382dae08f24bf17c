using FsCheck;
using FsCheck.Xunit;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Manifest;

/// <summary>Properties over generated input: nothing throws and every span lies within the text.</summary>
public class ManifestPropertyTests
{
    private static bool SpansWithin(ProblemSink sink, string text)
    {
        foreach (Problem p in sink.Problems)
        {
            if (p.Start < 0 || p.Length < 0 || p.Start + p.Length > text.Length)
            {
                return false;
            }
        }

        return true;
    }

    private static bool CheckManifest(string text)
    {
        Checked result = Lbx.Check(text);
        return SpansWithin(result.Sink, text);
    }

    private static bool CheckSchemaFile(string text)
    {
        var sink = new ProblemSink();
        MetadataSchemaFile.Parse(text, sink, o => "offset " + o);
        return SpansWithin(sink, text);
    }

    [Property(MaxTest = 1000)]
    public bool AnyStringParsesAndValidatesWithoutThrowing(NonNull<string> input) => CheckManifest(input.Get);

    [Property(MaxTest = 1000)]
    public bool AnyTokenSequenceParsesAndValidatesWithoutThrowing(int[]? picks) => CheckManifest(JsonSoup.Make(picks ?? []));

    [Property(MaxTest = 500)]
    public bool AnyStringIsASchemaFileWithoutThrowing(NonNull<string> input) => CheckSchemaFile(input.Get);

    [Property(MaxTest = 500)]
    public bool AnyTokenSequenceIsASchemaFileWithoutThrowing(int[]? picks) =>
        CheckSchemaFile("{\"fields\": [" + JsonSoup.Make(picks ?? [])) && CheckSchemaFile(JsonSoup.Make(picks ?? []));
}
