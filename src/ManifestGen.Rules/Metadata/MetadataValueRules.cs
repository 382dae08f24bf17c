using System;
using System.Collections.Generic;
using System.Globalization;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Rows;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Metadata;

/// <summary>
/// Does a written metadata value fit its field's kind (LBX0404–LBX0406)? The findings are placed by
/// the caller: on the value in a manifest (on the entry when it has none), on a C# constant under
/// the rules' twin LBX2007.
/// </summary>
internal static class MetadataValueRules
{
    // byName: the entry names its field by "name". The SDK then also accepts an enum option's
    // name; given by "schema_id" alone, an enum value must be an option's schema id.
    public static void Find(MetadataFieldDefinition field, ManifestValue value, bool byName, List<Finding> findings)
    {
        string kind = MetadataKinds.FileName(field.Kind);
        if (value.Kind == ValueKind.Missing)
        {
            findings.Add(new Finding(RuleCatalog.MetadataValueKind, RowElement.MetadataValue, null, field.Name, kind, "has no \"value\"; add one"));
            return;
        }

        string? problem = field.Kind switch
        {
            MetadataKind.String => CheckString(field, value, findings),
            MetadataKind.Number => CheckNumber(value),
            MetadataKind.DateTime => CheckDateTime(value),
            MetadataKind.Enum => CheckEnum(field, value, byName),
            _ => CheckEmbedding(field, value, findings),
        };

        if (problem != null)
        {
            findings.Add(new Finding(RuleCatalog.MetadataValueKind, RowElement.MetadataValue, null, field.Name, kind, problem));
        }
    }

    private static string? CheckString(MetadataFieldDefinition field, ManifestValue value, List<Finding> findings)
    {
        if (value.Kind != ValueKind.String)
        {
            return "must be a string, not " + Describe(value);
        }

        int length = value.TextSpan.Length;
        if (length > MetadataKinds.MaxStringLength)
        {
            findings.Add(new Finding(RuleCatalog.MetadataStringTooLong, RowElement.MetadataValue, null, field.Name,
                length.ToString(CultureInfo.InvariantCulture), MetadataKinds.MaxStringLength.ToString(CultureInfo.InvariantCulture)));
        }

        return null;
    }

    private static string? CheckNumber(ManifestValue value)
    {
        // The SDK converts with float(), so a numeric string is accepted too.
        double number = value.Kind switch
        {
            ValueKind.Number => value.Number,
            ValueKind.String when double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
            _ => double.NaN,
        };

        if (value.Kind != ValueKind.Number && value.Kind != ValueKind.String)
        {
            return "must be a number, not " + Describe(value);
        }

        return IsFinite(number) ? null : "must be a finite number";
    }

    private static string? CheckDateTime(ManifestValue value)
    {
        if (value.Kind != ValueKind.String)
        {
            return "must be an ISO-8601 date-time string such as \"2024-05-01T13:45:00Z\", not " + Describe(value);
        }

        // The wire form is read on the characters; any other form goes to the format list as a string.
        return IsoDateTimes.TryParseWireForm(value.TextSpan, out _) || IsoDateTimes.TryParse(value.Text!, out _)
            ? null
            : "must be an ISO-8601 date-time such as \"2024-05-01T13:45:00Z\" (no offset means UTC); '" + Quote.Safe(value.Text!) + "' is not";
    }

    private static string? CheckEnum(MetadataFieldDefinition field, ManifestValue value, bool byName)
    {
        if (value.Kind != ValueKind.String)
        {
            return "must be the name or schema id of one of its options (" + string.Join(", ", OptionNames(field)) + "), not " + Describe(value);
        }

        MetadataOptionDefinition? option = field.FindOption(value.TextSpan);
        if (option == null)
        {
            return "must be one of its options; '" + Quote.Safe(value.Text!) + "' is not one of them, " + Suggestions.DidYouMean(value.Text!, OptionNames(field));
        }

        // The SDK resolves option names only for fields given by name (data_row_metadata.py).
        return byName || (option.SchemaId != null && value.TextSpan.SequenceEqual(option.SchemaId.AsSpan()))
            ? null
            : "is given by schema_id, so Labelbox takes an option's schema id, not its name '" + Quote.Safe(value.Text!) + "'; "
              + (option.SchemaId != null ? "use '" + option.SchemaId + "', or " : "") + "give the field by \"name\": \"" + field.Name + "\"";
    }

    /// <summary>For messages only, so a value that fits allocates nothing.</summary>
    private static string[] OptionNames(MetadataFieldDefinition field)
    {
        var names = new string[field.Options.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = field.Options[i].Name;
        }

        return names;
    }

    private static string? CheckEmbedding(MetadataFieldDefinition field, ManifestValue value, List<Finding> findings)
    {
        if (value.Kind != ValueKind.NumberArray)
        {
            return "must be an array of numbers, not " + Describe(value);
        }

        foreach (double n in value.Numbers!)
        {
            if (!IsFinite(n))
            {
                return "must hold finite numbers only";
            }
        }

        if (field.Dimensions > 0 && value.Numbers.Length != field.Dimensions)
        {
            findings.Add(new Finding(RuleCatalog.EmbeddingDimension, RowElement.MetadataValue, null, field.Name,
                field.Dimensions.ToString(CultureInfo.InvariantCulture), value.Numbers.Length.ToString(CultureInfo.InvariantCulture)));
        }

        return null;
    }

    private static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);

    private static string Describe(ManifestValue value) => value.Kind switch
    {
        ValueKind.String => "a string",
        ValueKind.Number => "a number",
        ValueKind.NumberArray => "an array",
        _ => value.TypeName ?? "another kind of value",
    };
}
