using System;
using System.Collections.Generic;
using ManifestGen.Rules.Attachments;

namespace ManifestGen.Rows;

/// <summary>Maps <see cref="AttachmentType"/> to and from the wire names in the shared rules.</summary>
internal static class AttachmentTypeNames
{
    private static readonly string[] WireNames = BuildWireNames();
    private static readonly Dictionary<string, AttachmentType> ByWireName = BuildLookup();

    public static string ToWire(AttachmentType type) => WireNames[(int)type];

    public static bool TryParse(string wireName, out AttachmentType type) => ByWireName.TryGetValue(wireName, out type);

    private static string[] BuildWireNames()
    {
        AttachmentType[] values = Enum.GetValues<AttachmentType>();
        var names = new string[values.Length];
        foreach (AttachmentType value in values)
        {
            names[(int)value] = AttachmentTypes.ToWireName(value.ToString());
        }

        return names;
    }

    private static Dictionary<string, AttachmentType> BuildLookup()
    {
        var lookup = new Dictionary<string, AttachmentType>(StringComparer.Ordinal);
        for (int i = 0; i < WireNames.Length; i++)
        {
            lookup.Add(WireNames[i], (AttachmentType)i);
        }

        return lookup;
    }
}
