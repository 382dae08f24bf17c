namespace ManifestGen.Cli.Commands.Submit;

/// <summary>Default file names of submit and resume.</summary>
internal static class ImportSettingsDefaults
{
    public const string FailuresFile = "lbx-failures.json";

    public const string JournalFile = ".lbx-journal.jsonl";
}
