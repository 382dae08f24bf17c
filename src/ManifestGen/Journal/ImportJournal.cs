using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen.Journal;

/// <summary>
/// The journal of one import: a JSON-lines file, one <see cref="JournalRecord"/> a line, each flushed
/// as it is written. Opening reads what an earlier run recorded; a torn last line (the run died while
/// writing it) is dropped and cut from the file.
/// </summary>
internal sealed class ImportJournal : IAsyncDisposable
{
    private readonly FileStream _file;

    private ImportJournal(FileStream file, string path, IReadOnlyList<JournalRecord> records)
    {
        _file = file;
        Path = path;
        Records = records;
    }

    /// <summary>The journal's file, as the import was given it: messages name it.</summary>
    public string Path { get; }

    /// <summary>What earlier runs recorded, in order; empty for a new journal.</summary>
    public IReadOnlyList<JournalRecord> Records { get; }

    public static ImportJournal Open(string path)
    {
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var records = new List<JournalRecord>();
            long goodEnd = Read(file, path, records);
            file.SetLength(goodEnd);
            file.Seek(goodEnd, SeekOrigin.Begin);
            return new ImportJournal(file, path, records);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the journal at <paramref name="path"/> without changing it (a torn last line stays for the import to cut), so
    /// that a damaged one is refused before anything is asked of the service.
    /// </summary>
    /// <exception cref="JournalRefusedException">A line before the last is not a record.</exception>
    public static void Check(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        Read(file, path, new List<JournalRecord>());
    }

    public async Task AppendAsync(JournalRecord record, CancellationToken cancellationToken)
    {
        record = record with { Time = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture) };
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(record, JournalJson.Default.JournalRecord);
        byte[] line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';

        // One write with its newline, not cancellable once started: a line is whole, or torn only by a crash.
        await _file.WriteAsync(line, CancellationToken.None).ConfigureAwait(false);
        await _file.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    /// <summary>Reads every complete line; returns where the last good one ends.</summary>
    private static long Read(FileStream file, string path, List<JournalRecord> records)
    {
        byte[] bytes = new byte[file.Length];
        file.ReadExactly(bytes);
        int start = 0;
        int lineNumber = 0;
        while (start < bytes.Length)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', start);
            bool last = end < 0;
            ReadOnlySpan<byte> line = bytes.AsSpan(start, (last ? bytes.Length : end) - start);
            lineNumber++;
            JournalRecord? record = null;
            try
            {
                record = line.IsEmpty ? null : JsonSerializer.Deserialize(line, JournalJson.Default.JournalRecord);
            }
            catch (Exception e) when ((e is JsonException or NotSupportedException) && last)
            {
                return start; // torn while written: the run died mid-line
            }
            catch (Exception e) when (e is JsonException or NotSupportedException) // NotSupported: no "type" first, or one no version wrote
            {
                throw new JournalRefusedException("The import journal " + path + " is damaged at line " + lineNumber + " (" + Encoding.UTF8.GetString(line[..Math.Min(line.Length, 80)]) + "); start a new journal.", innerException: e);
            }

            if (last)
            {
                return start; // complete JSON but no newline: treat as torn, it is written again if needed
            }

            if (record != null)
            {
                records.Add(record);
            }

            start = end + 1;
        }

        return start;
    }
}
