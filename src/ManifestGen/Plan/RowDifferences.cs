using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Plan;

/// <summary>
/// What an upsert of a row by its global key would change in the row Labelbox holds. An upsert writes the fields the row
/// gives and keeps the others, so a field the row leaves out (no external id, no metadata, no attachments) is no
/// difference. Values are compared as Labelbox stores them: metadata by schema id, an enum by its option, a datetime to
/// the second in UTC, a number by value, attachments in any order.
/// </summary>
internal static class RowDifferences
{
    public static List<RowDifference> Between(DataRowSpec given, LabelboxDataRow stored, MetadataSchema schema)
    {
        var differences = new List<RowDifference>();

        // A local file's row_data is uploaded first and stored as the URL Labelbox gives it: not comparable with a path.
        if (IsUrl(given.RowData) && !string.Equals(given.RowData, stored.RowData, StringComparison.Ordinal))
        {
            differences.Add(new RowDifference("row_data", stored.RowData, given.RowData));
        }

        if (given.ExternalId is not null && !string.Equals(given.ExternalId, stored.ExternalId, StringComparison.Ordinal))
        {
            differences.Add(new RowDifference("external_id", stored.ExternalId, given.ExternalId));
        }

        if (given.Metadata.Count > 0)
        {
            AddMetadataDifferences(differences, given, stored, schema);
        }

        if (given.Attachments.Count > 0)
        {
            string? before = Attachments(stored.Attachments.Select(a => (a.Type, a.Value, a.Name)));
            string? after = Attachments(given.Attachments.Select(a => (a.TypeName, a.Value, a.Name)));
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                differences.Add(new RowDifference("attachments", before, after));
            }
        }

        return differences;
    }

    private static bool IsUrl(string rowData) =>
        Uri.TryCreate(rowData, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>The metadata the row gives replaces what Labelbox holds: every field of either side is compared.</summary>
    private static void AddMetadataDifferences(List<RowDifference> differences, DataRowSpec given, LabelboxDataRow stored, MetadataSchema schema)
    {
        var after = new Dictionary<string, (string Label, string Value)>(StringComparer.Ordinal);
        foreach (DataRowMetadata field in given.Metadata)
        {
            MetadataFieldDefinition? definition = field.SchemaId is not null ? schema.FindBySchemaId(field.SchemaId) : schema.FindByName(field.Name!);
            string key = definition?.SchemaId ?? field.SchemaId ?? "name:" + field.Name;
            after[key] = (definition?.Name ?? field.Name ?? key, Given(field.Value, definition));
        }

        var before = new Dictionary<string, (string Label, string Value)>(StringComparer.Ordinal);
        foreach (DataRowMetadataValue field in stored.Metadata)
        {
            MetadataFieldDefinition? definition = schema.FindBySchemaId(field.SchemaId);
            before[field.SchemaId] = (definition?.Name ?? field.Name ?? field.SchemaId, Stored(field.Value, definition, schema));
        }

        foreach (string key in before.Keys.Union(after.Keys).OrderBy(k => (after.TryGetValue(k, out var a) ? a : before[k]).Label, StringComparer.Ordinal))
        {
            bool had = before.TryGetValue(key, out var was);
            bool has = after.TryGetValue(key, out var will);
            if (!had || !has || !string.Equals(was.Value, will.Value, StringComparison.Ordinal))
            {
                differences.Add(new RowDifference("metadata." + (has ? will.Label : was.Label), had ? was.Value : null, has ? will.Value : null));
            }
        }
    }

    /// <summary>A given value as Labelbox would store it, in the form <see cref="Stored"/> gives.</summary>
    private static string Given(MetadataValue value, MetadataFieldDefinition? definition) => value.Kind switch
    {
        MetadataValueKind.Number => Number(value.Number),
        MetadataValueKind.Vector => Vector(value.Vector),
        _ when definition?.Kind == MetadataKind.Enum => definition.FindOption(value.Text)?.Name ?? value.Text,
        _ when definition?.Kind == MetadataKind.DateTime && IsoDateTimes.TryParse(value.Text, out DateTimeOffset when) => IsoDateTimes.ToWire(when),
        _ when definition?.Kind == MetadataKind.Number && double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) => Number(number),
        _ => value.Text,
    };

    /// <summary>A stored value as text: an enum as its option's name, a datetime in the wire form, numbers as they round-trip.</summary>
    private static string Stored(string? value, MetadataFieldDefinition? definition, MetadataSchema schema)
    {
        if (value is null)
        {
            return string.Empty;
        }

        switch (definition?.Kind)
        {
            case MetadataKind.Enum:
                return schema.FindOptionById(value)?.Option.Name ?? value;
            case MetadataKind.DateTime when IsoDateTimes.TryParse(value, out DateTimeOffset when):
                return IsoDateTimes.ToWire(when);
            case MetadataKind.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number):
                return Number(number);
            case MetadataKind.Embedding when TryVector(value, out List<double>? vector):
                return Vector(vector);
            default:
                return value;
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Vector(IEnumerable<double> values) => "[" + string.Join(",", values.Select(Number)) + "]";

    private static bool TryVector(string text, out List<double> vector)
    {
        vector = new List<double>();
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (JsonElement item in document.RootElement.EnumerateArray())
            {
                if (!item.TryGetDouble(out double number))
                {
                    return false;
                }

                vector.Add(number);
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Attachments as one text, sorted, so that two lists in different orders compare equal; null for none.</summary>
    private static string? Attachments(IEnumerable<(string Type, string Value, string? Name)> attachments)
    {
        List<string> texts = attachments.Select(a => a.Type + " " + a.Value + (a.Name is null ? string.Empty : " (" + a.Name + ")")).Order(StringComparer.Ordinal).ToList();
        return texts.Count == 0 ? null : string.Join("; ", texts);
    }
}
