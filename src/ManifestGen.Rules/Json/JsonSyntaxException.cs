using System;

namespace ManifestGen.Rules.Json;

/// <summary>
/// Thrown inside <see cref="JsonCursor"/> at the first syntax error; the manifest and schema
/// parsers catch it and turn it into a diagnostic at <see cref="Position"/>. It never leaves them.
/// </summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(int position, string reason, bool overLimit = false)
        : base(reason)
    {
        Position = position;
        OverLimit = overLimit;
    }

    public int Position { get; }

    /// <summary>True when the input is well-formed so far but nests deeper than allowed.</summary>
    public bool OverLimit { get; }
}
