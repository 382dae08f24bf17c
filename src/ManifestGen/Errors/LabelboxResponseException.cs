using System;

namespace ManifestGen;

/// <summary>
/// The answer is not what a Labelbox service sends: not JSON (an HTML error page, a truncated body),
/// or JSON of the wrong shape. Check <see cref="LabelboxClientOptions.Endpoint"/> and any proxy between.
/// </summary>
public sealed class LabelboxResponseException : LabelboxException
{
    /// <summary>Creates the exception.</summary>
    public LabelboxResponseException(string message, int? httpStatus = null, Exception? innerException = null)
        : base(message, null, httpStatus, null, innerException)
    {
    }
}
