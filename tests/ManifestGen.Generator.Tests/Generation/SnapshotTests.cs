using System;
using System.IO;
using ManifestGen.Generator.Tests.Infrastructure;

namespace ManifestGen.Generator.Tests.Generation;

/// <summary>The snapshot helper fails on a difference and leaves the received text beside the snapshot.</summary>
public class SnapshotTests
{
    [Fact]
    public void Mismatch_FailsWithADiffAndWritesReceived()
    {
        string received = Path.Combine(RepoPaths.Root, "tests", "ManifestGen.Generator.Tests", "Snapshots", "SnapshotTests.Mismatch_FailsWithADiffAndWritesReceived#probe.received.txt");
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => Snapshot.Verify("line one\nline three", "probe", "txt"));
            Assert.Contains("- line two", error.Message, StringComparison.Ordinal);
            Assert.Contains("+ line three", error.Message, StringComparison.Ordinal);
            byte[] bytes = File.ReadAllBytes(received);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.Equal("line one\nline three", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        }
        finally
        {
            File.Delete(received);
        }
    }

    [Fact]
    public void Match_IgnoresLineEndingsAndBom() => Snapshot.Verify("line one\r\nline two\r\n", "probe", "txt");

    [Fact]
    public void Normalize_UsesVerifyConventions() => Assert.Equal("a\nb", Snapshot.Normalize("\uFEFFa\r\nb\n\n"));
}
