using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen;

/// <summary>
/// Streams <see cref="ILabelboxDataRow"/> instances (the <see cref="LabelboxDataRowAttribute"/> types)
/// as a Labelbox import file: a JSON array of rows, written without reflection and without holding
/// more than a small buffer, so any number of rows can be written.
/// </summary>
public static class LabelboxImportJson
{
    // Hand the bytes to the stream in pieces this size, so memory stays flat however many rows.
    private const int FlushThreshold = 64 * 1024;

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
        using var writer = new Utf8JsonWriter(utf8Json, Json.ImportJsonWriter.Options(indented));
        writer.WriteStartArray();
        long index = 0;
        foreach (T row in rows)
        {
            WriteRow(writer, row, index++, nameof(rows));
            if (writer.BytesPending >= FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="utf8Json"/> as one JSON array, asynchronously.</summary>
    /// <typeparam name="T">The row type; structs are not boxed.</typeparam>
    /// <param name="utf8Json">Where the UTF-8 JSON goes; left open.</param>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="indented">Whether to indent the JSON for people to read.</param>
    /// <param name="cancellationToken">Stops the writing between rows.</param>
    /// <exception cref="ArgumentException">A row is null.</exception>
    /// <exception cref="InvalidOperationException">A row's value cannot be written; the message names the member.</exception>
    public static async Task WriteAsync<T>(Stream utf8Json, IAsyncEnumerable<T> rows, bool indented = false, CancellationToken cancellationToken = default)
        where T : ILabelboxDataRow
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = new Utf8JsonWriter(utf8Json, Json.ImportJsonWriter.Options(indented));
        writer.WriteStartArray();
        long index = 0;
        await foreach (T row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteRow(writer, row, index++, nameof(rows));
            if (writer.BytesPending >= FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
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
}
