using System;
using ManifestGen.Rules.Media;

namespace ManifestGen;

/// <summary>A Labelbox media_type; ManifestGen imports images, so <see cref="Image"/> is the one you want.</summary>
public readonly record struct MediaType
{
    private MediaType(string value) => Value = value;

    /// <summary>The wire value, e.g. IMAGE.</summary>
    public string Value { get; }

    /// <summary>IMAGE: a JPG, PNG or BMP image.</summary>
    public static MediaType Image { get; } = new(MediaTypes.Image);

    /// <summary>The media type with this wire value; throws for one Labelbox does not know.</summary>
    public static MediaType Parse(string value) =>
        MediaTypes.IsKnown(value ?? throw new ArgumentNullException(nameof(value)))
            ? new MediaType(value)
            : throw new ArgumentException("'" + value + "' is not a Labelbox media type; use one of " + string.Join(", ", MediaTypes.All) + ".", nameof(value));

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
