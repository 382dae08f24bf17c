using System;

namespace ManifestGen;

/// <summary>
/// The Labelbox service refused or failed a request, or answered with something that is not a
/// Labelbox answer. Messages say what to check; they never contain the API key.
/// </summary>
public class LabelboxException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to check.</param>
    /// <param name="code">The GraphQL error code (<c>errors[].extensions.code</c>), if any.</param>
    /// <param name="httpStatus">The HTTP status of the response, if there was one.</param>
    /// <param name="taskId">The Labelbox task concerned, if any.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LabelboxException(string message, string? code = null, int? httpStatus = null, string? taskId = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        HttpStatus = httpStatus;
        TaskId = taskId;
    }

    /// <summary>The GraphQL error code, e.g. AUTHENTICATION_ERROR; null when the service sent none.</summary>
    public string? Code { get; }

    /// <summary>The HTTP status of the response; null when no response arrived.</summary>
    public int? HttpStatus { get; }

    /// <summary>The Labelbox task concerned (an import task), if any.</summary>
    public string? TaskId { get; }
}
