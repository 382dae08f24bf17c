using System;

namespace ManifestGen.Journal;

/// <summary>
/// A journal that cannot serve this import: damaged, or written for another input, endpoint, dataset or mode. Running
/// the same import again meets the same refusal, so no caller offers to resume it (lbx prints no "Continue with").
/// </summary>
internal sealed class JournalRefusedException : LabelboxException
{
    public JournalRefusedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>A journal whose recorded rows are not this input's: <paramref name="what"/> says where they part.</summary>
    public static JournalRefusedException NotTheJournalsInput(string? journalPath, string what) =>
        new("The journal " + journalPath + " " + what + ": it is not the input the journal was written for. Use a new journal path, or the same rows to resume.");
}
