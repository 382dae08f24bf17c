using System;
using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Rows;
using ManifestGen.Rules.Text;
using ManifestGen.Rules.Urls;

namespace ManifestGen.Rules.Attachments;

/// <summary>
/// The rules of one attachment (LBX0501–LBX0504): it has a type and a value, the type is one
/// Labelbox knows, and the value is what the type takes (text, or an https URL: <see cref="AttachmentUrls"/>).
/// </summary>
internal static class AttachmentRules
{
    /// <summary>
    /// True only when <see cref="Find"/> would find nothing: a known URL type whose value is a plain https URL on a
    /// host Uri has accepted, decided without a copy of the value; false when in doubt, and the caller runs <see cref="Find"/>.
    /// </summary>
    public static bool IsPlainlyClean(string? type, ReadOnlySpan<char> value) =>
        type != null && AttachmentTypes.IsKnown(type) && AttachmentTypes.TakesUrl(type) && KnownHttpsHosts.IsKnownPlain(value);

    /// <summary>Adds what is wrong with the attachment of <paramref name="type"/> and <paramref name="value"/> (null when absent).</summary>
    public static void Find(string? type, string? value, List<Finding> findings)
    {
        if (type == null)
        {
            findings.Add(new Finding(RuleCatalog.AttachmentIncomplete, RowElement.Attachment, null, "this one has no \"type\" (e.g. \"IMAGE_OVERLAY\")"));
            return;
        }

        if (!AttachmentTypes.IsKnown(type))
        {
            string? closest = Suggestions.Closest(type, AttachmentTypes.All);
            findings.Add(new Finding(RuleCatalog.UnknownAttachmentType, RowElement.AttachmentType, closest, Quote.Safe(type), Suggestions.Hint(closest, AttachmentTypes.All)));
            return;
        }

        if (value == null)
        {
            findings.Add(new Finding(RuleCatalog.AttachmentIncomplete, RowElement.Attachment, null, "this one has no \"value\""));
            return;
        }

        if (!AttachmentTypes.TakesUrl(type))
        {
            if (value.Trim().Length == 0)
            {
                findings.Add(new Finding(RuleCatalog.EmptyRawText, RowElement.AttachmentValue, null));
            }

            return;
        }

        if (value.Length == 0)
        {
            findings.Add(new Finding(RuleCatalog.AttachmentIncomplete, RowElement.AttachmentValue, null,
                "this one's \"value\" is empty; give the https URL of the " + type.ToLowerInvariant().Replace('_', ' ')));
            return;
        }

        if (AttachmentUrls.Find(type, value) is { } finding)
        {
            findings.Add(finding);
        }
    }
}
