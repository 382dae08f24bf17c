using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace ManifestGen.GeneratedCode;

/// <summary>
/// An enum metadata option in the form the row sends it (the option's schema id, or its name when the
/// field is set by name), pre-encoded for the JSON writer. Not meant to be created by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EncodedOption
{
    /// <summary>Creates the option.</summary>
    /// <param name="value">The option's schema id or name, as sent.</param>
    public EncodedOption(string value)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Encoded = JsonEncodedText.Encode(value);
        Quoted = Encoding.UTF8.GetBytes("\"" + Encoded.Value + "\"");
    }

    /// <summary>The option's schema id or name, as sent.</summary>
    public string Value { get; }

    internal JsonEncodedText Encoded { get; }

    /// <summary>The encoded value with its quotes, as the compact bulk writer writes it.</summary>
    internal byte[] Quoted { get; }
}
