using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen.Journal;

/// <summary>Writing to a journal an import may not have: without <c>JournalPath</c> nothing is recorded.</summary>
internal static class JournalAppend
{
    public static Task RecordAsync(this ImportJournal? journal, JournalRecord record, CancellationToken cancellationToken) =>
        journal?.AppendAsync(record, cancellationToken) ?? Task.CompletedTask;
}
