using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Json;

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

    // One writer per thread, reused as System.Text.Json reuses its own: bulk writes then allocate
    // next to nothing. Taken out while in use, so a nested call simply makes its own.
    [ThreadStatic]
    private static (Utf8JsonWriter Writer, PooledBufferWriter Buffer)? t_cached;

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
        (Utf8JsonWriter writer, PooledBufferWriter buffer) = Rent(indented);
        try
        {
            writer.WriteStartArray();
            long index = 0;
            foreach (T row in rows)
            {
                WriteRow(writer, row, index++, nameof(rows));
                if (writer.BytesPending + buffer.WrittenMemory.Length >= FlushThreshold)
                {
                    writer.Flush();
                    utf8Json.Write(buffer.WrittenMemory.Span);
                    buffer.Clear();
                }
            }

            writer.WriteEndArray();
            writer.Flush();
            utf8Json.Write(buffer.WrittenMemory.Span);
            utf8Json.Flush();
        }
        finally
        {
            Return(writer, buffer, indented);
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

        // Not the thread's cached writer: an await can resume on another thread.
        var buffer = new PooledBufferWriter();
        try
        {
            await using var writer = new Utf8JsonWriter(buffer, ImportJsonWriter.Options(indented));
            writer.WriteStartArray();
            long index = 0;
            await foreach (T row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteRow(writer, row, index++, nameof(rows));
                if (writer.BytesPending + buffer.WrittenMemory.Length >= FlushThreshold)
                {
                    writer.Flush();
                    await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.Clear();
                }
            }

            writer.WriteEndArray();
            writer.Flush();
            await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            buffer.Release();
        }
    }

    private static void WriteRow<T>(Utf8JsonWriter writer, T row, long index, string paramName)
        where T : ILabelboxDataRow
    {
        if (row is null)
        {
            throw new ArgumentException("Row " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is null; every row must be an instance.", paramName);
        }

        row.WriteImportJson(writer);
    }

    private static (Utf8JsonWriter Writer, PooledBufferWriter Buffer) Rent(bool indented)
    {
        if (!indented && t_cached is { } cached)
        {
            t_cached = null;
            cached.Writer.Reset(cached.Buffer);
            return cached;
        }

        var buffer = new PooledBufferWriter();
        return (new Utf8JsonWriter(buffer, ImportJsonWriter.Options(indented)), buffer);
    }

    private static void Return(Utf8JsonWriter writer, PooledBufferWriter buffer, bool indented)
    {
        buffer.Release();
        if (indented)
        {
            writer.Dispose();
            return;
        }

        writer.Reset(buffer);
        t_cached = (writer, buffer);
    }
}
