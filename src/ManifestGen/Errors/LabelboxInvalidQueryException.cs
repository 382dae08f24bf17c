using System;

namespace ManifestGen;

/// <summary>
/// The service rejected the request itself (HTTP 400, GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED,
/// or a 400 reported inside an error). Not retried: the same request would fail again.
/// </summary>
public sealed class LabelboxInvalidQueryException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    public LabelboxInvalidQueryException(string message, string? code = null, int? httpStatus = null, Exception? innerException = null)
        : base(message, code, httpStatus, null, innerException)
    {
    }
}
