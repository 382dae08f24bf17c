using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Store;

/// <summary>An uploaded file: its bytes in memory, or a path below the data folder.</summary>
internal sealed class StoredFile
{
    public StoredFile(string id, string fileName, string contentType, string url, byte[]? bytes, string? path, long length)
    {
        Id = id;
        FileName = fileName;
        ContentType = contentType;
        Url = url;
        Address = new System.Uri(url, System.UriKind.Absolute);
        Bytes = bytes;
        Path = path;
        Length = length;
    }

    /// <summary>The folder of the uploaded files in the data folder.</summary>
    public const string FolderName = "files";

    /// <summary>The name of a file's bytes in its folder, <c>{data folder}/files/{id}/content</c>.</summary>
    public const string ContentFileName = "content";

    public string Id { get; }

    public string FileName { get; }

    public string ContentType { get; }

    /// <summary>The URL handed out by uploadFile.</summary>
    public string Url { get; }

    /// <summary><see cref="Url"/> parsed once: imports compare the row_data of every uploaded-file row with it.</summary>
    public System.Uri Address { get; }

    public byte[]? Bytes { get; }

    public string? Path { get; }

    public long Length { get; }

    /// <summary>
    /// The file parsed as JSON: in place when the sandbox holds the bytes (a copy of every chunk would be garbage the
    /// size of the import), streamed from the data folder otherwise.
    /// </summary>
    public async ValueTask<JsonDocument> ParseJsonAsync(JsonDocumentOptions options, CancellationToken cancellationToken)
    {
        if (Bytes is not null)
        {
            return JsonDocument.Parse(Bytes, options);
        }

        await using Stream stream = OpenRead();
        return await JsonDocument.ParseAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }

    public Stream OpenRead() => Bytes is not null
        ? new MemoryStream(Bytes, writable: false)
        : new FileStream(Path!, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
}
