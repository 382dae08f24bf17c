using System;
using System.Collections.Generic;

namespace ManifestGen.Sandbox;

/// <summary>The kinds of custom metadata field the sandbox's ontology can hold.</summary>
public enum SandboxMetadataKind
{
    /// <summary>CustomMetadataString.</summary>
    String,

    /// <summary>CustomMetadataNumber.</summary>
    Number,

    /// <summary>CustomMetadataDateTime.</summary>
    DateTime,

    /// <summary>CustomMetadataEnum, with options.</summary>
    Enum,
}

/// <summary>A custom metadata field of the sandbox organization's ontology.</summary>
public sealed class SandboxMetadataField
{
    /// <summary>Declares a custom field; schema ids are made up when not given.</summary>
    /// <param name="name">The field's name.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="options">The option names of an enum field.</param>
    public SandboxMetadataField(string name, SandboxMetadataKind kind, params string[] options)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(options);
        if (kind != SandboxMetadataKind.Enum && options.Length > 0)
        {
            throw new ArgumentException("Only an enum field has options.", nameof(options));
        }

        Name = name;
        Kind = kind;
        Options = options;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's kind.</summary>
    public SandboxMetadataKind Kind { get; }

    /// <summary>The option names of an enum field.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>The field's schema id; null makes the sandbox pick one.</summary>
    public string? SchemaId { get; init; }

    /// <summary>Option schema ids by option name; a missing option gets one picked by the sandbox.</summary>
    public IReadOnlyDictionary<string, string>? OptionSchemaIds { get; init; }
}
