using System;
using System.Collections.Generic;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Rows;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Media;

/// <summary>Labelbox's media_type values; the service matches them case-sensitively.</summary>
internal static class MediaTypes
{
    public const string Image = "IMAGE";

    public static WordTable All { get; } = new(new[]
    {
        "AUDIO", "CONVERSATIONAL", "DICOM", "PDF", "TMS_GEO", "HTML", Image, "LLM_PROMPT_CREATION",
        "LLM_PROMPT_RESPONSE_CREATION", "TEXT", "TMS_SIMPLE", "VIDEO", "POINT_CLOUD", "LLM",
    });

    public static bool IsKnown(string value) => IndexOf(value) >= 0;

    /// <summary>Null for a known media type; otherwise an LBX0301 finding with the closest one as its fix.</summary>
    public static Finding? Find(string value)
    {
        if (IsKnown(value))
        {
            return null;
        }

        string? closest = Suggestions.Closest(value, All);
        return new Finding(RuleCatalog.UnknownMediaType, RowElement.MediaType, closest, Quote.Safe(value), Suggestions.Hint(closest, All));
    }

    private static int IndexOf(string value) => All.IndexOf(value.AsSpan());
}
