namespace ManifestGen.Generator.Tests.Infrastructure;

/// <summary>Compares diagnostic lines as one text, so a failure shows whole messages, not a truncated array.</summary>
internal static class DiagnosticAssert
{
    public static void Lines(string[] expected, string[] actual) =>
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
}
