using System;
using System.Collections.Generic;

namespace ManifestGen.Rules.Attachments;

/// <summary>Attachment types as the Labelbox SDK accepts them; all but RAW_TEXT carry an https URL.</summary>
internal static class AttachmentTypes
{
    public const string RawText = "RAW_TEXT";

    public static IReadOnlyList<string> All { get; } = new[]
    {
        "VIDEO", "IMAGE", "IMAGE_OVERLAY", "HTML", RawText, "TEXT_URL", "PDF_URL", "CAMERA_IMAGE",
    };

    public static bool IsKnown(string type)
    {
        // Indexed, not foreach: enumerating an IReadOnlyList allocates, and this runs for every attachment.
        for (int i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

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
