using System;

namespace ManifestGen.Client;

/// <summary>Rejects settings that would make the client loop forever or never send.</summary>
internal static class OptionChecks
{
    public static void Check(LabelboxClientOptions o)
    {
        Positive(o.MaxChunkBytes, nameof(o.MaxChunkBytes));
        Positive(o.MaxRowsPerTask, nameof(o.MaxRowsPerTask));
        Positive(o.MaxFilesPerBatch, nameof(o.MaxFilesPerBatch));
        Positive(o.UploadConcurrency, nameof(o.UploadConcurrency));
        Positive(o.PageSize, nameof(o.PageSize));
        Positive(o.Retry?.MaxAttempts ?? 0, "Retry.MaxAttempts");
        Positive(o.RequestTimeout, nameof(o.RequestTimeout));
        Positive(o.UploadTimeout, nameof(o.UploadTimeout));
        Positive(o.PollInitialDelay, nameof(o.PollInitialDelay));
        Positive(o.PollMaxDelay, nameof(o.PollMaxDelay));
        Positive(o.TaskTimeout, nameof(o.TaskTimeout));
    }

    private static void Positive(long value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentException("LabelboxClientOptions." + name + " must be positive.", name);
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException("LabelboxClientOptions." + name + " must be positive.", name);
        }
    }
}
