using System;

namespace ManifestGen;

/// <summary>
/// Anything ManifestGen's client cannot do: the base of every exception it throws. A request the service
/// refused or failed is a <see cref="LabelboxRequestException"/>; rows not imported are a
/// <see cref="LabelboxImportException"/>; a task that outlasts the wait is a <see cref="LabelboxTaskTimeoutException"/>;
/// this type itself is thrown for the rest (a damaged or mismatched journal, a metadata value the ontology
/// does not know). Messages say what to check; they never contain the API key.
/// </summary>
public class LabelboxException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to check.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LabelboxException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
