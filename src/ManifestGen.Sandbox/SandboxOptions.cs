using System;
using System.Collections.Generic;
using System.Linq;

namespace ManifestGen.Sandbox;

/// <summary>How a <see cref="LabelboxSandbox"/> behaves: authentication, limits, metadata fields, storage.</summary>
public sealed class SandboxOptions
{
    /// <summary>The default upload limit: 256 MB, Labelbox's limit for an asset file.</summary>
    public const long DefaultMaxUploadBytes = 256L * 1024 * 1024;

    /// <summary>Labelbox's documented maximum of data rows in one upload task.</summary>
    public const int DefaultMaxRowsPerTask = 150_000;

    /// <summary>The address a sandbox listens on unless told otherwise: loopback, so nothing off the machine reaches it.</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The port the standalone sandbox (<c>lbx sandbox</c>, <c>dotnet run</c>) listens on unless told otherwise.</summary>
    public const int StandalonePort = 5080;

    /// <summary>
    /// The address to listen on: an IP address or <c>localhost</c>. Any address but loopback lets other
    /// machines reach the sandbox, over plain http.
    /// </summary>
    public string Host { get; set; } = DefaultHost;

    /// <summary>The TCP port to listen on; 0 (the default) takes a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// When set, every request must carry <c>Authorization: Bearer &lt;ApiKey&gt;</c>; otherwise any key
    /// (or none) is accepted. The key is never logged.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The largest file <c>uploadFile</c> accepts, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = DefaultMaxUploadBytes;

    /// <summary>The largest JSON request body accepted, in bytes (a bigger one gets HTTP 413).</summary>
    public long MaxJsonRequestBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>The most rows one <c>upsertDataRows</c> task takes; a manifest over it fails the task.</summary>
    public int MaxRowsPerTask { get; set; } = DefaultMaxRowsPerTask;

    /// <summary>How long a new task stays IN_PROGRESS before its rows are processed (default none).</summary>
    public TimeSpan TaskStartDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// When set, the sandbox keeps its state in this folder (created when missing) instead of in memory: uploaded
    /// files below <c>files/</c>, everything else in the SQLite database <c>sandbox.db</c>. A sandbox started on the
    /// folder again serves the same datasets, rows, tasks and files, also after being killed; a folder that holds
    /// other things, or that another version of the sandbox wrote, is refused with a <see cref="SandboxDataException"/>.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>The organization's custom metadata fields, besides Labelbox's reserved ones.</summary>
    public IList<SandboxMetadataField> CustomMetadataFields { get; } = new List<SandboxMetadataField>();

    /// <summary>
    /// Adds the custom fields a labelbox.metadata.json declares to <see cref="CustomMetadataFields"/>, with the
    /// schema and option ids the file gives (new ones where it gives none), so a project's rows import as they
    /// would into its organization.
    /// </summary>
    /// <param name="path">The labelbox.metadata.json to read.</param>
    /// <exception cref="System.IO.InvalidDataException">The file has errors (listed as the build reports them) or an embedding field, or it
    /// declares a field already added with another kind or other options (one of the same kind and options is skipped).</exception>
    /// <exception cref="System.IO.IOException">The file cannot be read.</exception>
    public void AddMetadataFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        foreach (SandboxMetadataField field in MetadataFileFields.Read(path))
        {
            // Projects keep a schema file per folder, and several may declare the same field: the first one's ids win.
            SandboxMetadataField? known = CustomMetadataFields.FirstOrDefault(f => f.Name == field.Name);
            if (known is null)
            {
                CustomMetadataFields.Add(field);
            }
            else if (known.Kind != field.Kind || !known.Options.SequenceEqual(field.Options))
            {
                throw new System.IO.InvalidDataException(path + ": the metadata field '" + field.Name + "' is declared as " + Describe(field)
                    + ", but another labelbox.metadata.json declares it as " + Describe(known) + "; an organization has one field by a name.");
            }
        }
    }

    private static string Describe(SandboxMetadataField field) =>
        field.Kind.ToString().ToLowerInvariant() + (field.Options.Count == 0 ? string.Empty : " (" + string.Join(", ", field.Options) + ")");

    /// <summary>The seed of the fault injector's random numbers, so fault sequences repeat.</summary>
    public int FaultSeed { get; set; } = 1;

    /// <summary>The current user's email, as <c>user { email }</c> returns it.</summary>
    public string UserEmail { get; set; } = "sandbox@localhost";

    /// <summary>
    /// Whether an uploaded JSON file is read as soon as it is stored (the default). Off only for the submit
    /// benchmark's baseline, which measures the uploads' transport alone: with it on, the baseline's POST made the
    /// sandbox read every chunk too.
    /// </summary>
    internal bool ReadsUploadsEarly { get; set; } = true;
}
