using System;

namespace ManifestGen;

/// <summary>
/// Retries of transient faults: HTTP 5xx, 408 and 429 (Retry-After honoured), dropped connections and
/// time-outs, with jittered exponential backoff. 400, 401, 403 and 404 are never retried.
/// </summary>
public sealed class LabelboxRetryOptions
{
    /// <summary>The most attempts of one request, the first included.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait before the first retry; it doubles each time, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts (the SDK's cap is 60 s).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest Retry-After honoured; a longer one is cut to this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The time one request may take with all its retries (the SDK's is 120 s). A retry is made only
    /// when its wait fits in what is left (Retry-After, or at least half the backoff step), and no wait goes past it.</summary>
    public TimeSpan TotalBudget { get; set; } = TimeSpan.FromMinutes(5);
}
