using System;

namespace ManifestGen;

/// <summary>The key is valid but may not do this (HTTP 403, AUTHORIZATION_ERROR). Not retried.</summary>
public sealed class LabelboxAuthorizationException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    public LabelboxAuthorizationException(string message, string? code = null, int? httpStatus = null, Exception? innerException = null)
        : base(message, code, httpStatus, null, innerException)
    {
    }
}
