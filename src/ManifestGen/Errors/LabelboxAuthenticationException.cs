using System;

namespace ManifestGen;

/// <summary>The API key is missing or the service does not accept it (HTTP 401, AUTHENTICATION_ERROR). Not retried.</summary>
public sealed class LabelboxAuthenticationException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    public LabelboxAuthenticationException(string message, string? code = null, int? httpStatus = null, Exception? innerException = null)
        : base(message, code, httpStatus, null, innerException)
    {
    }
}
