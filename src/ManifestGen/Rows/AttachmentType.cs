namespace ManifestGen;

/// <summary>The kinds of attachment Labelbox shows beside a data row.</summary>
public enum AttachmentType
{
    /// <summary>A video, by https URL.</summary>
    Video,

    /// <summary>An image, by https URL.</summary>
    Image,

    /// <summary>An image drawn over the row's image (e.g. another band), by https URL.</summary>
    ImageOverlay,

    /// <summary>An HTML page, by https URL.</summary>
    Html,

    /// <summary>Text, given inline.</summary>
    RawText,

    /// <summary>A text file, by https URL.</summary>
    TextUrl,

    /// <summary>A PDF document, by https URL.</summary>
    PdfUrl,

    /// <summary>A camera image, by https URL.</summary>
    CameraImage,
}
