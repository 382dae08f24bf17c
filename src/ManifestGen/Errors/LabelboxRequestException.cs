using System;

namespace ManifestGen;

/// <summary>
/// The Labelbox service refused or failed a request, or answered with something that is not a Labelbox answer.
/// <see cref="Kind"/> says which; <see cref="Code"/> and <see cref="HttpStatus"/> carry what the service sent.
/// </summary>
public sealed class LabelboxRequestException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">Why the request failed.</param>
    /// <param name="message">What went wrong and what to check.</param>
    /// <param name="code">The GraphQL error code (<c>errors[].extensions.code</c>), if any.</param>
    /// <param name="httpStatus">The HTTP status of the response, if there was one.</param>
    /// <param name="retryAfter">The wait the service asked for last (Retry-After), if it gave one.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LabelboxRequestException(LabelboxErrorKind kind, string message, string? code = null, int? httpStatus = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Code = code;
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
    }

    /// <summary>Why the request failed.</summary>
    public LabelboxErrorKind Kind { get; }

    /// <summary>The GraphQL error code, e.g. AUTHENTICATION_ERROR; null when the service sent none.</summary>
    public string? Code { get; }

    /// <summary>The HTTP status of the response; null when no response arrived.</summary>
    public int? HttpStatus { get; }

    /// <summary>The wait the service asked for last (Retry-After) when <see cref="Kind"/> is <see cref="LabelboxErrorKind.RateLimited"/>, if it gave one.</summary>
    public TimeSpan? RetryAfter { get; }
}
