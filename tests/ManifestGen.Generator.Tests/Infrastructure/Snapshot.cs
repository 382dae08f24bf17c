using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ManifestGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's file conventions (Verify itself is not available here):
/// Snapshots/{Class}.{Method}#{Name}.verified.{ext} is committed; on a mismatch the actual text is
/// written beside it as .received.{ext} and the test fails with a diff. SNAPSHOT_ACCEPT=1 accepts
/// the received text (refused when CI=true, so CI can never bless its own output).
/// </summary>
internal static class Snapshot
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static void Verify(string actual, string name, string extension = "cs",
        [CallerFilePath] string callerFile = "", [CallerMemberName] string method = "")
    {
        string className = Path.GetFileNameWithoutExtension(callerFile);
        string directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "Snapshots");
        string baseName = Sanitize(className + "." + method + "#" + name);
        string verifiedPath = Path.GetFullPath(Path.Combine(directory, baseName + ".verified." + extension));
        string receivedPath = Path.GetFullPath(Path.Combine(directory, baseName + ".received." + extension));
        string normalized = Normalize(actual);

        string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("SNAPSHOT_ACCEPT") == "1")
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("SNAPSHOT_ACCEPT is refused when CI=true: accept snapshots locally and commit them.");
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, normalized, Utf8WithBom);
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, normalized, Utf8WithBom);
        string message = expected == null
            ? "No snapshot yet: " + verifiedPath + "\nReceived: " + receivedPath + "\nRun with SNAPSHOT_ACCEPT=1 to accept it."
            : "Snapshot mismatch: " + verifiedPath + "\nReceived: " + receivedPath + "\n" + Diff(expected, normalized)
              + "\nRun with SNAPSHOT_ACCEPT=1 to accept the received text.";
        throw new Xunit.Sdk.XunitException(message);
    }

    /// <summary>LF line ends, no BOM, no trailing newline: the form snapshots are compared in.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF').TrimEnd('\n');

    private static string Diff(string expected, string actual)
    {
        var sb = new StringBuilder();
        DiffPaneModel diff = InlineDiffBuilder.Diff(expected, actual);
        foreach (DiffPiece line in diff.Lines)
        {
            string prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            if (line.Type != ChangeType.Unchanged)
            {
                sb.Append(prefix).AppendLine(line.Text);
            }
        }

        return sb.ToString();
    }

    private static string Sanitize(string name)
    {
        foreach (char c in Path.GetInvalidFileNameChars())
        {
            name = name.Replace(c, '-');
        }

        return name;
    }
}
