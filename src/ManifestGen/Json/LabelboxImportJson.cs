using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.GeneratedCode;

namespace ManifestGen;

/// <summary>
/// Streams <see cref="ILabelboxDataRow"/> instances (the <see cref="LabelboxDataRowAttribute"/> types)
/// as a Labelbox import file: a JSON array of rows, written without reflection and without holding
/// more than a small pooled buffer, so any number of rows can be written.
/// </summary>
public static class LabelboxImportJson
{
    // Hand the bytes to the stream in pieces this size, so memory stays flat however many rows.
    private const int FlushThreshold = 64 * 1024;

    // One buffer per thread, reused as System.Text.Json reuses its writer: bulk writes then allocate
    // next to nothing. Taken out while in use, so a nested call simply makes its own.
    [ThreadStatic]
    private static ImportJsonBuffer? t_cached;

    /// <summary>Writes <paramref name="rows"/> to <paramref name="utf8Json"/> as one JSON array.</summary>
    /// <typeparam name="T">The row type; structs are not boxed.</typeparam>
    /// <param name="utf8Json">Where the UTF-8 JSON goes; left open.</param>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="indented">Whether to indent the JSON for people to read.</param>
    /// <exception cref="ArgumentException">A row is null.</exception>
    /// <exception cref="InvalidOperationException">A row's value cannot be written; the message names the member.</exception>
    public static void Write<T>(Stream utf8Json, IEnumerable<T> rows, bool indented = false)
        where T : ILabelboxDataRow
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(rows);
        ImportJsonBuffer buffer = Rent(indented);
        try
        {
            buffer.StartArray();
            if (rows is T[] array)
            {
                // Indexed: an array's enumerator would be the only allocation of the whole write.
                for (int i = 0; i < array.Length; i++)
                {
                    Add(utf8Json, buffer, array[i], i, nameof(rows));
                }
            }
            else
            {
                long index = 0;
                foreach (T row in rows)
                {
                    Add(utf8Json, buffer, row, index++, nameof(rows));
                }
            }

            buffer.EndArray();
            utf8Json.Write(buffer.Written().Span);
            utf8Json.Flush();
        }
        finally
        {
            Return(buffer, indented);
        }
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="utf8Json"/> as one JSON array, asynchronously.</summary>
    /// <typeparam name="T">The row type; structs are not boxed.</typeparam>
    /// <param name="utf8Json">Where the UTF-8 JSON goes; left open.</param>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="indented">Whether to indent the JSON for people to read.</param>
    /// <param name="cancellationToken">Stops the writing between rows.</param>
    /// <returns>A task that completes when every row is written and flushed.</returns>
    /// <exception cref="ArgumentException">A row is null.</exception>
    /// <exception cref="InvalidOperationException">A row's value cannot be written; the message names the member.</exception>
    public static async Task WriteAsync<T>(Stream utf8Json, IAsyncEnumerable<T> rows, bool indented = false, CancellationToken cancellationToken = default)
        where T : ILabelboxDataRow
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(rows);

        // Not the thread's cached buffer: an await can resume on another thread.
        using var buffer = new ImportJsonBuffer(indented);
        buffer.StartArray();
        long index = 0;
        await foreach (T row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteRow(buffer, row, index++, nameof(rows));
            if (buffer.Pending >= FlushThreshold)
            {
                await utf8Json.WriteAsync(buffer.Written(), cancellationToken).ConfigureAwait(false);
                buffer.Clear();
            }
        }

        buffer.EndArray();
        await utf8Json.WriteAsync(buffer.Written(), cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Add<T>(Stream utf8Json, ImportJsonBuffer buffer, T row, long index, string paramName)
        where T : ILabelboxDataRow
    {
        WriteRow(buffer, row, index, paramName);
        if (buffer.Pending >= FlushThreshold)
        {
            utf8Json.Write(buffer.Written().Span);
            buffer.Clear();
        }
    }

    private static void WriteRow<T>(ImportJsonBuffer buffer, T row, long index, string paramName)
        where T : ILabelboxDataRow
    {
        if (row is null)
        {
            throw new ArgumentException("Row " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is null; every row must be an instance.", paramName);
        }

        buffer.Add(row);
    }

    private static ImportJsonBuffer Rent(bool indented)
    {
        if (!indented && t_cached is { } cached)
        {
            t_cached = null;
            cached.Reset();
            return cached;
        }

        return new ImportJsonBuffer(indented);
    }

    private static void Return(ImportJsonBuffer buffer, bool indented)
    {
        if (indented)
        {
            buffer.Dispose();
            return;
        }

        buffer.Release();
        t_cached = buffer;
    }
}
