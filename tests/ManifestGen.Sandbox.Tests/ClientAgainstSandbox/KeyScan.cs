using System;
using System.Linq;

namespace ManifestGen.Sandbox.Tests.ClientAgainstSandbox;

internal static class KeyScan
{
    public static void AssertAbsent(string apiKey, RecordingLogger logger, params string[] texts)
    {
        Assert.NotEmpty(logger.Lines);
        Assert.DoesNotContain(logger.Lines, line => line.Contains(apiKey, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain(apiKey, text, StringComparison.Ordinal));
    }
}
