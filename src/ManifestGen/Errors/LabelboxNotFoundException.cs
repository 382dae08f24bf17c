using System;

namespace ManifestGen;

/// <summary>What was asked for does not exist, or is not visible to this key (RESOURCE_NOT_FOUND, HTTP 404).</summary>
public sealed class LabelboxNotFoundException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    public LabelboxNotFoundException(string message, string? code = null, int? httpStatus = null, Exception? innerException = null)
        : base(message, code, httpStatus, null, innerException)
    {
    }
}
