using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;
using ManifestGen.Import;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ManifestGen;

/// <summary>
/// Talks to Labelbox's GraphQL API as the Python SDK does: datasets, file uploads, import tasks and their per-row results; <c>ImportAsync</c> puts it together into a
/// chunked, retried, resumable import. Register it with <c>services.AddLabelbox(…)</c>, or create
/// one over an <see cref="HttpClient"/>. Thread-safe.
/// </summary>
public sealed partial class LabelboxClient
{
    private readonly GraphQlTransport _transport;
    private readonly LabelboxClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Uri _endpoint;
    private readonly TaskPoller _poller;
    private string? _userId;

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client to send with (e.g. from IHttpClientFactory); its BaseAddress is not used. Set its
    /// Timeout to <see cref="Timeout.InfiniteTimeSpan"/>, as AddLabelbox does: the client times each attempt itself, and
    /// HttpClient's default 100 s would cut large uploads short.</param>
    /// <param name="options">The settings; the API key comes from here or from LABELBOX_API_KEY.</param>
    /// <param name="logger">Where to log; no message carries the key or a row's payload.</param>
    /// <param name="timeProvider">The clock for retries, time-outs and polling; the system clock by default.</param>
    /// <exception cref="LabelboxRequestException">No API key is set in either place.</exception>
    /// <exception cref="ArgumentException">The endpoint is not https (nor an allowed loopback sandbox), or a setting is out of range.</exception>
    public LabelboxClient(HttpClient httpClient, LabelboxClientOptions options, ILogger<LabelboxClient>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        OptionChecks.Check(options);
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _endpoint = Endpoints.Check(options);
        _transport = new GraphQlTransport(httpClient, options, _time, _logger);
        _poller = new TaskPoller(options, _time);
        TimeSpan longest = options.UploadTimeout > options.RequestTimeout ? options.UploadTimeout : options.RequestTimeout;
        if (httpClient.Timeout != Timeout.InfiniteTimeSpan && httpClient.Timeout < longest)
        {
            // HttpClient's own limit (100 s unless set) would cut every attempt short, however often it is retried.
            Log.HttpClientTimeoutShorter(_logger, httpClient.Timeout, longest);
        }
    }

    /// <summary>Creates a dataset.</summary>
    /// <remarks>Dataset names are not unique: keep the returned <see cref="LabelboxDataset.Id"/> to import into it
    /// again, or look for existing ones with <see cref="FindDatasetsAsync"/>.</remarks>
    /// <exception cref="ArgumentException">The name is empty, or the name or description holds a lone UTF-16 surrogate.</exception>
    public async Task<LabelboxDataset> CreateDatasetAsync(string name, string? description = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        UnsendableText.ThrowIfAny(name, nameof(name));
        UnsendableText.ThrowIfAny(description, nameof(description));
        JsonElement data = await _transport.ExecuteAsync("Client:create_dataset",
            description is null ? GraphQlOperations.CreateDatasetWithoutDescription : GraphQlOperations.CreateDataset,
            w =>
            {
                w.WriteString("name", name);
                if (description is not null)
                {
                    w.WriteString("description", description);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return ReadDataset(JsonRead.Object(data, "createDataset", "data"), "data.createDataset");
    }

    /// <summary>Reads a dataset by id.</summary>
    /// <exception cref="LabelboxRequestException">There is no such dataset, or the key cannot see it.</exception>
    public async Task<LabelboxDataset> GetDatasetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        JsonElement data = await _transport.ExecuteAsync("Client:get_dataset", GraphQlOperations.GetDataset,
            w => w.WriteString("param_0", id), cancellationToken).ConfigureAwait(false);
        return JsonRead.OptionalObject(data, "dataset", "data") is { } dataset
            ? ReadDataset(dataset, "data.dataset")
            : throw new LabelboxRequestException(LabelboxErrorKind.NotFound, "There is no Labelbox dataset with id '" + id + "' visible to this API key.", "RESOURCE_NOT_FOUND");
    }

    /// <summary>The datasets with exactly this name that the key can see, as the SDK's <c>get_datasets</c> finds them;
    /// names are not unique, so there may be several, or none.</summary>
    /// <exception cref="ArgumentException">The name is empty, or holds a lone UTF-16 surrogate.</exception>
    /// <exception cref="LabelboxRequestException">Labelbox listed more than 10,000 datasets by the name.</exception>
    public async Task<IReadOnlyList<LabelboxDataset>> FindDatasetsAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        UnsendableText.ThrowIfAny(name, nameof(name));
        const int MaxPages = 100;
        var found = new List<LabelboxDataset>();
        for (int page = 0; page < MaxPages; page++)
        {
            JsonElement data = await _transport.ExecuteAsync("Client:get_datasets", GraphQlOperations.FindDatasets(page * GraphQlOperations.DatasetPageSize),
                w => w.WriteString("param_0", name), cancellationToken).ConfigureAwait(false);
            JsonElement datasets = JsonRead.Array(data, "datasets", "data");
            foreach (JsonElement dataset in datasets.EnumerateArray())
            {
                found.Add(ReadDataset(dataset, "data.datasets[]"));
            }

            if (datasets.GetArrayLength() < GraphQlOperations.DatasetPageSize)
            {
                return found;
            }
        }

        throw new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox listed more than " + MaxPages * GraphQlOperations.DatasetPageSize + " datasets named '" + name
            + "'; use a dataset id instead.");
    }

    /// <summary>Uploads a local file to Labelbox's storage and returns its URL.</summary>
    /// <param name="path">The file; re-opened for each attempt.</param>
    /// <param name="contentType">Its media type; by default guessed from the extension (jpg, png, bmp).</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public Task<string> UploadFileAsync(string path, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        long length = new FileInfo(path).Length;
        return _transport.UploadAsync(() => new StreamContent(File.OpenRead(path)), length, Path.GetFileName(path), contentType ?? ContentTypes.FromExtension(path), cancellationToken);
    }

    /// <summary>Uploads the rest of a stream as a file and returns its URL. The stream is read into memory
    /// first, so a retry can send it again; upload large files by path.</summary>
    public async Task<string> UploadFileAsync(Stream content, string fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return await UploadBytesAsync(copy.GetBuffer().AsMemory(0, (int)copy.Length), fileName, contentType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The endpoint; never the key.</summary>
    public override string ToString() => "LabelboxClient(" + _endpoint + ")";

    internal Task<string> UploadBytesAsync(ReadOnlyMemory<byte> bytes, string fileName, string? contentType, CancellationToken cancellationToken) =>
        _transport.UploadAsync(() => new ReadOnlyMemoryContent(bytes), bytes.Length, fileName, contentType, cancellationToken);

    private static LabelboxDataset ReadDataset(JsonElement dataset, string path) =>
        new(JsonRead.String(dataset, "id", path), JsonRead.String(dataset, "name", path), JsonRead.OptionalString(dataset, "description", path),
            (long)(JsonRead.OptionalNumber(dataset, "rowCount", path) ?? 0));
}
