using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using ManifestGen.Rules.Metadata;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// Resolves a row's metadata entries against the ontology. Takes both wire forms: the SDK's
/// <c>metadata_fields</c> (<c>{"schemaId","value"}</c>; an enum as two entries, the field with
/// <c>{}</c> and the option id with <c>{}</c>) and the pass-through <c>metadata</c>
/// (<c>{"name"|"schema_id","value"}</c>, an enum's value being an option name or id).
/// One resolver serves all the rows of a task, one row after the other: its collections are cleared
/// for each row, not allocated.
/// </summary>
internal sealed class MetadataResolver
{
    private readonly SandboxMetadataSchema ontology;
    private readonly List<OntologyNode> order = new();
    // Keyed by the node itself: each schema id has one node, and a node (a record) hashed or compared by its members
    // cost more than the rest of the entry's work.
    private readonly HashSet<OntologyNode> fieldEntries = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OntologyNode, object> values = new(ReferenceEqualityComparer.Instance); // a value, or an enum's option node
    private readonly List<OntologyNode> enumsAwaitingOption = new();

    // A field's text values as stored, one object for every row of the chunk that repeats the value (tags, categories):
    // a stored row outlives every collection, and each copy was one more string and value for the collector to move.
    // Found by a hash of the value's UTF-8 bytes and compared in place, so that a repeated value costs no string at all.
    private readonly Dictionary<(string FieldId, int Hash), (byte[] Utf8, SandboxMetadataValue Value)> sharedTexts = new();

    // A row's values as stored, one list for every row of the chunk whose values are all shared ones in the same order:
    // read-only, as SandboxDataRow.Metadata is public and a caller must not change other rows through it.
    private readonly Dictionary<int, (SandboxMetadataValue[] Values, ReadOnlyCollection<SandboxMetadataValue> List)> sharedLists = new();
    private readonly List<SandboxMetadataValue> row = new();

    // The shared lists by the JSON text of the lists that resolved to them (see Resolve).
    private readonly Dictionary<int, (byte[] First, byte[] Second, ReadOnlyCollection<SandboxMetadataValue> List)> sameLists = new();
    private static readonly byte[][] EntryNames = ["schemaId"u8.ToArray(), "schema_id"u8.ToArray(), "name"u8.ToArray(), "value"u8.ToArray()];
    private const int MaxShared = 4096; // values and lists that do not repeat stop being added, not kept without bound

    public MetadataResolver(SandboxMetadataSchema ontology) => this.ontology = ontology;

    /// <summary>Resolves the entries of both lists of the chunk <paramref name="json"/> (either may be absent); both must be arrays.</summary>
    public IReadOnlyList<SandboxMetadataValue>? Resolve(JsonSpot first, JsonSpot second, ReadOnlySpan<byte> json, ref string? error)
    {
        // Rows whose lists are byte for byte an earlier row's get that row's shared list without their entries being read
        // again: a chunk's rows mostly repeat a few combinations of values, and reading and resolving every entry of every
        // row was a third of the chunk's reading. Only a shared (read-only) list is kept: it is what these bytes resolve to.
        ReadOnlySpan<byte> firstText = ListText(first, json);
        ReadOnlySpan<byte> secondText = ListText(second, json);
        var hash = default(HashCode);
        hash.AddBytes(firstText);
        hash.Add(firstText.Length);
        hash.AddBytes(secondText);
        int key = hash.ToHashCode();
        if (sameLists.TryGetValue(key, out (byte[] First, byte[] Second, ReadOnlyCollection<SandboxMetadataValue> List) same)
            && firstText.SequenceEqual(same.First) && secondText.SequenceEqual(same.Second))
        {
            return same.List;
        }

        IReadOnlyList<SandboxMetadataValue>? resolved = ResolveEntries(first, second, json, ref error);
        if (resolved is ReadOnlyCollection<SandboxMetadataValue> shared && same.List is null && sameLists.Count < MaxShared)
        {
            sameLists.Add(key, (firstText.ToArray(), secondText.ToArray(), shared));
        }

        return resolved;
    }

    /// <summary>A list's JSON text as sent; empty for none (absent or null).</summary>
    private static ReadOnlySpan<byte> ListText(JsonSpot list, ReadOnlySpan<byte> json) =>
        list.Type == JsonTokenType.StartArray ? json.Slice(list.Start, list.Length) : default;

    private IReadOnlyList<SandboxMetadataValue>? ResolveEntries(JsonSpot first, JsonSpot second, ReadOnlySpan<byte> json, ref string? error)
    {
        order.Clear();
        fieldEntries.Clear();
        values.Clear();
        enumsAwaitingOption.Clear();
        for (int list = 0; list < 2; list++)
        {
            JsonSpot spot = list == 0 ? first : second;
            if (spot.Type != JsonTokenType.StartArray)
            {
                continue;
            }

            Utf8JsonReader entries = spot.Reader(json);
            while (entries.Read() && entries.TokenType != JsonTokenType.EndArray)
            {
                error = ResolveOne(ref entries, spot.Start, json);
                if (error is not null)
                {
                    return null;
                }
            }
        }

        foreach (OntologyNode field in enumsAwaitingOption)
        {
            if (!values.ContainsKey(field))
            {
                error = "Metadata field '" + field.Name + "' needs one of its options: " + string.Join(", ", field.Options.Select(o => o.Name));
                return null;
            }
        }

        // Every field in the order has a value by now: an enum without its option was refused above.
        row.Clear();
        var hash = default(HashCode);
        bool shareable = true;
        foreach (OntologyNode field in order)
        {
            object value = values[field];
            SandboxMetadataValue resolved = value switch
            {
                OntologyNode option => option.Chosen!,
                SandboxMetadataValue text => text,
                _ => new SandboxMetadataValue(field.Id, field.Name, field.Kind, value),
            };
            shareable &= value is OntologyNode or SandboxMetadataValue;
            hash.Add(RuntimeHelpers.GetHashCode(resolved));
            row.Add(resolved);
        }

        return shareable ? Shared(hash.ToHashCode()) : row.ToArray();
    }

    /// <summary>The list of the row's values, the same one as an earlier row's if it had the same values.</summary>
    private ReadOnlyCollection<SandboxMetadataValue> Shared(int hash)
    {
        ReadOnlySpan<SandboxMetadataValue> resolved = CollectionsMarshal.AsSpan(row);
        if (sharedLists.TryGetValue(hash, out (SandboxMetadataValue[] Values, ReadOnlyCollection<SandboxMetadataValue> List) shared)
            && resolved.SequenceEqual<SandboxMetadataValue>(shared.Values, ReferenceEqualityComparer.Instance))
        {
            return shared.List;
        }

        SandboxMetadataValue[] values = resolved.ToArray();
        var list = new ReadOnlyCollection<SandboxMetadataValue>(values);
        if (shared.List is null && sharedLists.Count < MaxShared)
        {
            sharedLists.Add(hash, (values, list));
        }

        return list;
    }

    /// <summary>
    /// Resolves the entry at the reader, whose positions lie <paramref name="offset"/> bytes into <paramref name="json"/>;
    /// unless it is refused, leaves the reader at the entry's end.
    /// </summary>
    private string? ResolveOne(ref Utf8JsonReader entry, int offset, ReadOnlySpan<byte> json)
    {
        if (entry.TokenType != JsonTokenType.StartObject)
        {
            return "A metadata entry must be an object with schemaId (or name) and value. Found " + JsonValues.Describe(entry.TokenType);
        }

        // Each property's last value, as a lookup by name in a document finds it.
        JsonSpot schemaId = default;
        JsonSpot schemaIdSnake = default;
        JsonSpot name = default;
        JsonSpot value = default;
        while (entry.Read() && entry.TokenType != JsonTokenType.EndObject)
        {
            int property = PropertyNames.IndexOf(ref entry, EntryNames);
            entry.Read();
            JsonSpot spot = JsonSpot.Of(ref entry, offset);
            switch (property)
            {
                case 0: schemaId = spot; break;
                case 1: schemaIdSnake = spot; break;
                case 2: name = spot; break;
                case 3: value = spot; break;
            }
        }

        OntologyNode? node;
        string? label;
        if (schemaId.Type == JsonTokenType.String || schemaIdSnake.Type == JsonTokenType.String)
        {
            JsonSpot id = schemaId.Type == JsonTokenType.String ? schemaId : schemaIdSnake;
            node = ontology.FindById(id, json);
            label = node?.Id ?? id.GetString(json);
            if (node is null)
            {
                return "Schema Id `" + label + "` not found in ontology";
            }
        }
        else if (name.Type == JsonTokenType.String)
        {
            node = ontology.FindByName(name, json);
            label = node?.Name ?? name.GetString(json);
            if (node is null)
            {
                return "There is no metadata with name '" + label + "'";
            }
        }
        else
        {
            return "Custom metadata field must have either 'schemaId' or 'name' key";
        }

        if (value.Type == JsonTokenType.None)
        {
            return "Custom metadata field '" + (name.Type == JsonTokenType.String ? name.GetString(json) : label) + "' must have a 'value' key";
        }

        if (node.IsOption)
        {
            return Choose(node.Parent!, node);
        }

        if (!fieldEntries.Add(node))
        {
            return Duplicate(node);
        }

        AddToOrder(node);

        MetadataKind? kind = node.FieldKind;
        switch (kind)
        {
            case MetadataKind.String when value.Type == JsonTokenType.String:
                values[node] = Text(node, value, json);
                return null;
            case MetadataKind.Number when value.Type == JsonTokenType.Number:
                values[node] = value.Reader(json).GetDouble();
                return null;
            case MetadataKind.Number when value.Type == JsonTokenType.String
                && double.TryParse(value.GetString(json), NumberStyles.Float, CultureInfo.InvariantCulture, out double number):
                values[node] = number;
                return null;
            case MetadataKind.DateTime when value.Type == JsonTokenType.String && IsoDateTimes.TryParse(value.GetString(json), out DateTimeOffset when):
                values[node] = IsoDateTimes.ToWire(when);
                return null;
            case MetadataKind.Enum when value.Type == JsonTokenType.StartObject && value.IsEmptyObject(json):
                enumsAwaitingOption.Add(node);
                return null;
            case MetadataKind.Enum when value.Type == JsonTokenType.String:
                OntologyNode? option = FindOption(node, value, json);
                return option is null
                    ? "Option `" + value.GetString(json) + "` not found for " + node.Id
                    : Choose(node, option);
            default:
                string expected = kind switch
                {
                    MetadataKind.String => "a string",
                    MetadataKind.Number => "a number",
                    MetadataKind.DateTime => "an ISO-8601 datetime string",
                    MetadataKind.Enum => "{} with an option entry, or an option name or id",
                    _ => "a supported value",
                };
                return "Invalid value for metadata field '" + node.Name + "' (" + node.Kind + "): expected " + expected + ", got " + JsonValues.Describe(value.Type);
        }
    }

    /// <summary>
    /// The value of <paramref name="field"/> holding the string at the reader, the same object as an earlier row's if it
    /// had it; or the string, for a value not shared (escaped, or past the limit).
    /// </summary>
    private object Text(OntologyNode field, JsonSpot value, ReadOnlySpan<byte> json)
    {
        if (value.IsEscaped)
        {
            return value.GetString(json);
        }

        ReadOnlySpan<byte> utf8 = value.RawText(json);
        var hash = default(HashCode);
        hash.AddBytes(utf8);
        (string, int) key = (field.Id, hash.ToHashCode());
        if (sharedTexts.TryGetValue(key, out (byte[] Utf8, SandboxMetadataValue Value) shared) && utf8.SequenceEqual(shared.Utf8))
        {
            return shared.Value;
        }

        string text = value.GetString(json); // bytes that are not UTF-8 fail here, as they did
        if (shared.Value is not null || sharedTexts.Count >= MaxShared)
        {
            return text;
        }

        var stored = new SandboxMetadataValue(field.Id, field.Name, field.Kind, text);
        sharedTexts.Add(key, (utf8.ToArray(), stored));
        return stored;
    }

    /// <summary>An option by id, else by name, as the service matches a pass-through enum value.</summary>
    private static OntologyNode? FindOption(OntologyNode field, JsonSpot value, ReadOnlySpan<byte> json)
    {
        foreach (OntologyNode option in field.Options)
        {
            if (value.TextEquals(json, option.Id))
            {
                return option;
            }
        }

        foreach (OntologyNode option in field.Options)
        {
            if (value.TextEquals(json, option.Name))
            {
                return option;
            }
        }

        return null;
    }

    private string? Choose(OntologyNode field, OntologyNode option)
    {
        if (values.ContainsKey(field))
        {
            return Duplicate(field);
        }

        AddToOrder(field);
        values[field] = option; // its shared value, below
        return null;
    }

    private void AddToOrder(OntologyNode field)
    {
        foreach (OntologyNode ordered in order)
        {
            if (ReferenceEquals(ordered, field))
            {
                return;
            }
        }

        order.Add(field);
    }

    private static string Duplicate(OntologyNode field) => "A schemaId can only be specified once per DataRow : [" + field.Id + "]";
}
