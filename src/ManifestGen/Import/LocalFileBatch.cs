using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Building;
using Microsoft.Extensions.Logging;

namespace ManifestGen.Import;

/// <summary>
/// Rows held until their batch of local files is checked by the preflight and uploaded; the rows after a local file wait
/// behind it too, so that rows go out in input order.
/// </summary>
internal sealed class LocalFileBatch
{
    private readonly LabelboxClient _client;
    private readonly LabelboxClientOptions _limits;
    private readonly string _baseDirectory;
    private readonly ImportTally _tally;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancellationToken;
    private readonly List<(long Index, DataRowSpec Row, bool Local)> _rows = new();

    public LocalFileBatch(LabelboxClient client, LabelboxClientOptions limits, string baseDirectory, ImportTally tally, ILogger logger, CancellationToken cancellationToken)
    {
        _client = client;
        _limits = limits;
        _baseDirectory = baseDirectory;
        _tally = tally;
        _logger = logger;
        _cancellationToken = cancellationToken;
    }

    public bool IsEmpty => _rows.Count == 0;

    /// <summary>Holds a row; returns whether the batch is full.</summary>
    public bool Add(long index, DataRowSpec row, bool local)
    {
        _rows.Add((index, row, local));
        return _rows.Count >= _limits.MaxFilesPerBatch;
    }

    /// <summary>Checks and uploads the batch's files, and hands back its rows in order: each with the row_data and external id
    /// to send, or the preflight's error.</summary>
    public async Task<List<(long Index, DataRowSpec Row, string RowData, string? ExternalId, string? Error)>> UploadAsync()
    {
        var paths = _rows.Where(w => w.Local).Select(w => Path.GetFullPath(w.Row.RowData, _baseDirectory)).Distinct().ToList();
        var errors = new Dictionary<string, string>();
        foreach (PreflightProblem problem in await LocalFilePreflight.CheckAsync(paths, null, _cancellationToken).ConfigureAwait(false))
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                errors[problem.Path] = problem.Message;
            }
        }

        var urls = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(paths.Where(p => !errors.ContainsKey(p)),
            new ParallelOptions { MaxDegreeOfParallelism = _limits.UploadConcurrency, CancellationToken = _cancellationToken },
            async (path, ct) =>
            {
                urls[path] = await _client.UploadFileAsync(path, null, ct).ConfigureAwait(false);
                _tally.Uploaded(new FileInfo(path).Length);
            }).ConfigureAwait(false);
        Log.FilesUploaded(_logger, urls.Count);

        var rows = new List<(long, DataRowSpec, string, string?, string?)>(_rows.Count);
        foreach ((long index, DataRowSpec row, bool local) in _rows)
        {
            string? path = local ? Path.GetFullPath(row.RowData, _baseDirectory) : null;
            // As the SDK does: a local file's external id defaults to its path.
            rows.Add(path == null ? (index, row, row.RowData, row.ExternalId, null)
                : errors.TryGetValue(path, out string? error) ? (index, row, row.RowData, row.ExternalId, error)
                : (index, row, urls[path], row.ExternalId ?? row.RowData, null));
        }

        _rows.Clear();
        return rows;
    }
}
