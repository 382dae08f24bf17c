using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ManifestGen.Journal;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The endpoint a journal's import went to, read from its first line without opening the journal for
/// the import (that would cut a torn last line). Lets lbx resume ask for the --endpoint a user forgot
/// rather than fail on the missing key, or talk to Labelbox about a sandbox's dataset.
/// </summary>
internal static class JournalEndpoint
{
    /// <summary>The recorded endpoint, or null when the journal records none (older journals) or cannot be read.</summary>
    public static string? Read(string journalPath)
    {
        string? first = File.ReadLines(journalPath).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(first, JournalJson.Default.JournalRecord) is ImportStarted started ? started.Endpoint : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null; // the import reports a damaged journal itself
        }
    }
}
