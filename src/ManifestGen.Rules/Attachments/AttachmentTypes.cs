using System;
using System.Collections.Generic;
using ManifestGen.Rules.Json;

namespace ManifestGen.Rules.Attachments;

/// <summary>Attachment types as the Labelbox SDK accepts them; all but RAW_TEXT carry an https URL.</summary>
internal static class AttachmentTypes
{
    public const string RawText = "RAW_TEXT";

    public static WordTable All { get; } = new(new[]
    {
        "VIDEO", "IMAGE", "IMAGE_OVERLAY", "HTML", RawText, "TEXT_URL", "PDF_URL", "CAMERA_IMAGE",
    });

    public static bool IsKnown(string type) => All.IndexOf(type.AsSpan()) >= 0;

    public static bool TakesUrl(string type) => !string.Equals(type, RawText, StringComparison.Ordinal);

    /// <summary>IMAGE_OVERLAY ⇄ ImageOverlay: the wire name of a PascalCase enum member name.</summary>
    public static string ToWireName(string pascalCase)
    {
        var sb = new System.Text.StringBuilder(pascalCase.Length + 4);
        for (int i = 0; i < pascalCase.Length; i++)
        {
            char c = pascalCase[i];
            if (i > 0 && char.IsUpper(c))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}
