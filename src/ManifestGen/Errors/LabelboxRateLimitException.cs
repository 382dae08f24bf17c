using System;

namespace ManifestGen;

/// <summary>
/// The service kept answering "too many requests" (HTTP 429, or "You have exceeded …") after every
/// allowed retry. Wait, or lower the request rate, and try again.
/// </summary>
public sealed class LabelboxRateLimitException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    public LabelboxRateLimitException(string message, int? httpStatus, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, null, httpStatus, null, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The wait the service asked for last (Retry-After), if it gave one.</summary>
    public TimeSpan? RetryAfter { get; }
}
