using System;
using ManifestGen.Rows;

namespace ManifestGen;

/// <summary>An attachment of a data row: extra context shown to labelers.</summary>
public sealed record Attachment
{
    /// <summary>Creates the attachment.</summary>
    /// <param name="type">What kind of attachment it is.</param>
    /// <param name="value">An https URL, or the text itself for <see cref="AttachmentType.RawText"/>.</param>
    /// <param name="name">An optional label shown in Labelbox.</param>
    public Attachment(AttachmentType type, string value, string? name = null)
    {
        Type = type;
        Value = value;
        Name = name;
    }

    /// <summary>What kind of attachment it is.</summary>
    public AttachmentType Type { get; init; }

    /// <summary>An https URL, or the text itself for <see cref="AttachmentType.RawText"/>.</summary>
    public string Value { get; init; }

    /// <summary>An optional label shown in Labelbox.</summary>
    public string? Name { get; init; }

    /// <summary>The wire name of <see cref="Type"/>, e.g. IMAGE_OVERLAY.</summary>
    public string TypeName => AttachmentTypeNames.ToWire(Type);

    /// <summary>An image drawn over the row's image.</summary>
    public static Attachment ImageOverlay(string url, string? name = null) => Create(AttachmentType.ImageOverlay, url, name);

    /// <summary>An image shown beside the row.</summary>
    public static Attachment Image(string url, string? name = null) => Create(AttachmentType.Image, url, name);

    /// <summary>A video shown beside the row.</summary>
    public static Attachment Video(string url, string? name = null) => Create(AttachmentType.Video, url, name);

    /// <summary>An HTML page shown beside the row.</summary>
    public static Attachment Html(string url, string? name = null) => Create(AttachmentType.Html, url, name);

    /// <summary>Text shown beside the row.</summary>
    public static Attachment RawText(string text, string? name = null) => Create(AttachmentType.RawText, text, name);

    /// <summary>A text file shown beside the row.</summary>
    public static Attachment TextUrl(string url, string? name = null) => Create(AttachmentType.TextUrl, url, name);

    /// <summary>A PDF shown beside the row.</summary>
    public static Attachment PdfUrl(string url, string? name = null) => Create(AttachmentType.PdfUrl, url, name);

    /// <summary>A camera image shown beside the row.</summary>
    public static Attachment CameraImage(string url, string? name = null) => Create(AttachmentType.CameraImage, url, name);

    private static Attachment Create(AttachmentType type, string value, string? name)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Attachment(type, value, name);
    }
}
