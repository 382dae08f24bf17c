using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ManifestGen.Journal;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The first line of a journal, read without opening the journal for the import (that would cut a torn last line): its
/// endpoint lets lbx resume ask for the --endpoint a user forgot rather than fail on the missing key, or talk to Labelbox
/// about a sandbox's dataset; its mode makes the resume of a sync a sync.
/// </summary>
internal static class JournalStart
{
    /// <summary>The recorded start, or null when the journal cannot be read (the import reports that itself).</summary>
    public static ImportStarted? Read(string journalPath)
    {
        string? first = File.ReadLines(journalPath).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(first, JournalJson.Default.JournalRecord) as ImportStarted;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null; // the import reports a damaged journal itself
        }
    }
}
