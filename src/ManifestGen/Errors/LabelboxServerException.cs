using System;

namespace ManifestGen;

/// <summary>
/// The service failed (HTTP 5xx or 408, a dropped connection, or a time-out) on every allowed
/// attempt, or reported an internal error. Usually temporary: try again later.
/// </summary>
public sealed class LabelboxServerException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    public LabelboxServerException(string message, string? code = null, int? httpStatus = null, Exception? innerException = null)
        : base(message, code, httpStatus, null, innerException)
    {
    }
}
