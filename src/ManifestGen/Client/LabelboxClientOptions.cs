using System;

namespace ManifestGen;

/// <summary>
/// Settings of a <see cref="LabelboxClient"/>. The defaults are Labelbox's own limits and the
/// Python SDK's behaviour; tests and the local sandbox change them.
/// </summary>
public sealed class LabelboxClientOptions
{
    /// <summary>The environment variable the API key is read from when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyVariable = "LABELBOX_API_KEY";

    /// <summary>Labelbox's GraphQL endpoint.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.labelbox.com/graphql");

    /// <summary>The API key; null reads <c>LABELBOX_API_KEY</c>. Never logged, never shown in a message.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The GraphQL endpoint; file uploads go to the same URL. Must be https, except a loopback
    /// endpoint (the local sandbox) when <see cref="AllowInsecureLoopback"/> is set.</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>Allows an http endpoint on 127.0.0.1, ::1 or localhost: the local sandbox, nothing else.</summary>
    public bool AllowInsecureLoopback { get; set; }

    /// <summary>How long one GraphQL request may take (each attempt); the SDK uses 60 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one file or chunk upload may take (each attempt).</summary>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>When and how often failed requests are tried again.</summary>
    public LabelboxRetryOptions Retry { get; set; } = new();

    /// <summary>The largest chunk of rows uploaded as one file, in UTF-8 bytes (Labelbox: 10,000,000).
    /// A single larger row still goes, alone.</summary>
    public int MaxChunkBytes { get; set; } = 10_000_000;

    /// <summary>The most rows in one import task (Labelbox: 150,000); a larger import becomes several tasks.</summary>
    public int MaxRowsPerTask { get; set; } = ServiceMaxRowsPerTask;

    /// <summary>The most rows Labelbox runs in one import task.</summary>
    internal const int ServiceMaxRowsPerTask = 150_000;

    /// <summary>The most local files checked and uploaded as one batch (Labelbox: 15,000).</summary>
    public int MaxFilesPerBatch { get; set; } = 15_000;

    /// <summary>How many uploads run at once (the SDK uses 20).</summary>
    public int UploadConcurrency { get; set; } = 20;

    /// <summary>The first wait before polling a task again (Labelbox asks for at least 2 s).</summary>
    public TimeSpan PollInitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two polls; the wait doubles up to it.</summary>
    public TimeSpan PollMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for one import task before giving up with a
    /// <see cref="LabelboxTaskTimeoutException"/> (the task goes on; a journal resumes it).</summary>
    public TimeSpan TaskTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows per page when reading a task's failed and imported rows (Labelbox: 5000).</summary>
    public int PageSize { get; set; } = 5000;

    /// <summary>The endpoint and whether a key is set; never the key.</summary>
    public override string ToString() =>
        "Labelbox endpoint " + Endpoint + ", API key " + (ApiKey is null ? "from " + ApiKeyVariable : "set in options");
}
