using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Import;

namespace ManifestGen;

/// <summary>The import: rows in, one <see cref="ImportResult"/> out.</summary>
public sealed partial class LabelboxClient
{
    /// <summary>
    /// Imports a manifest's rows. Relative local paths are read from the manifest file's folder; the
    /// envelope's "dataset" names the dataset to create when the options name none.
    /// </summary>
    /// <param name="manifest">The manifest, e.g. a generated <c>LabelboxManifests.X</c> or <see cref="ImportManifest.Load"/>.</param>
    /// <param name="options">The dataset, journal, key mode and progress.</param>
    /// <param name="cancellationToken">Stops the import; with a journal, running it again resumes.</param>
    /// <returns>The counts, every row not imported and why, and the task ids.</returns>
    public Task<ImportResult> ImportAsync(ImportManifest manifest, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(options);
        string? folder = File.Exists(manifest.Source) ? Path.GetDirectoryName(Path.GetFullPath(manifest.Source)) : null;
        return ImportRun.RunAsync(this, _options, _logger, FromRows(manifest.Rows), "manifest " + manifest.Name + " (" + manifest.Count + " rows)",
            manifest.Dataset, folder, options, cancellationToken);
    }

    /// <summary>Imports rows, streamed: they are read once, in order, and never all held.</summary>
    /// <param name="rows">The rows; to resume from a journal, give the same rows in the same order.</param>
    /// <param name="options">The dataset, journal, key mode and progress.</param>
    /// <param name="cancellationToken">Stops the import; with a journal, running it again resumes.</param>
    /// <returns>The counts, every row not imported and why, and the task ids.</returns>
    public Task<ImportResult> ImportAsync(IEnumerable<DataRowSpec> rows, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        return ImportRun.RunAsync(this, _options, _logger, FromRows(rows), "rows", null, null, options, cancellationToken);
    }

    /// <inheritdoc cref="ImportAsync(IEnumerable{DataRowSpec}, ImportOptions, CancellationToken)"/>
    public Task<ImportResult> ImportAsync(IAsyncEnumerable<DataRowSpec> rows, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        return ImportRun.RunAsync(this, _options, _logger, FromRows(rows, cancellationToken), "rows", null, null, options, cancellationToken);
    }

    /// <summary>Imports <see cref="LabelboxDataRowAttribute"/> objects through their <see cref="ILabelboxDataRow.ToDataRowSpec"/>;
    /// one whose values cannot be written is reported as an invalid row.</summary>
    /// <inheritdoc cref="ImportAsync(IEnumerable{DataRowSpec}, ImportOptions, CancellationToken)" path="/param|/returns"/>
    /// <typeparam name="T">The generated row type.</typeparam>
    public Task<ImportResult> ImportAsync<T>(IEnumerable<T> rows, ImportOptions options, CancellationToken cancellationToken = default)
        where T : ILabelboxDataRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        return ImportRun.RunAsync(this, _options, _logger, FromTyped(rows), "rows of " + typeof(T).Name, null, null, options, cancellationToken);
    }

    /// <inheritdoc cref="ImportAsync{T}(IEnumerable{T}, ImportOptions, CancellationToken)"/>
    public Task<ImportResult> ImportAsync<T>(IAsyncEnumerable<T> rows, ImportOptions options, CancellationToken cancellationToken = default)
        where T : ILabelboxDataRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        return ImportRun.RunAsync(this, _options, _logger, FromTyped(rows, cancellationToken), "rows of " + typeof(T).Name, null, null, options, cancellationToken);
    }

    private static IAsyncEnumerable<InputRow> FromRows(IEnumerable<DataRowSpec> rows) => AsyncSequence.From(rows.Select(row => new InputRow(row, null)));

    private static IAsyncEnumerable<InputRow> FromTyped<T>(IEnumerable<T> rows)
        where T : ILabelboxDataRow => AsyncSequence.From(rows.Select(Convert));

    private static async IAsyncEnumerable<InputRow> FromRows(IAsyncEnumerable<DataRowSpec> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (DataRowSpec? row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new InputRow(row, null);
        }
    }

    private static async IAsyncEnumerable<InputRow> FromTyped<T>(IAsyncEnumerable<T> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : ILabelboxDataRow
    {
        await foreach (T row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Convert(row);
        }
    }

    private static InputRow Convert<T>(T row)
        where T : ILabelboxDataRow
    {
        if (row is null)
        {
            return new InputRow(null, "The row is null.");
        }

        try
        {
            return new InputRow(row.ToDataRowSpec(), null);
        }
        catch (InvalidOperationException e)
        {
            return new InputRow(null, e.Message);
        }
    }
}
