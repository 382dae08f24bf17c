using System;
using System.Collections.Generic;
using System.Globalization;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Metadata;

/// <summary>
/// Reads labelbox.metadata.json, the project's declaration of its organization's custom metadata
/// fields: { "fields": [ { "name", "kind", "schema_id"?, "options"?, "dimensions"?, "description"? } ] }.
/// Invalid fields are reported (LBX0601–LBX0603) and left out; it never throws.
/// </summary>
internal sealed class MetadataSchemaFile
{
    public const string FileName = "labelbox.metadata.json";

    /// <summary>Labelbox schema ids are 25-character cuids.</summary>
    public const int SchemaIdLength = 25;

    private static readonly WordTable RootKeys = new(new[] { "$schema", "fields" });
    private static readonly WordTable FieldKeys = new(new[] { "name", "kind", "schema_id", "options", "dimensions", "description" });
    private static readonly WordTable OptionKeys = new(new[] { "name", "schema_id" });

    private readonly JsonCursor _cursor;
    private readonly StructureReader _reader;
    private readonly SchemaFileProblems _problems;
    private readonly ProblemSink _sink;
    private readonly List<MetadataFieldDefinition> _fields = new();
    private readonly Dictionary<string, int> _declaredAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _idDeclaredAt = new(StringComparer.Ordinal);
    private readonly Func<int, string> _describe;

    private MetadataSchemaFile(string text, ProblemSink sink, Func<int, string> describe)
    {
        _cursor = new JsonCursor(text, 16);
        _sink = sink;
        _describe = describe;
        _problems = new SchemaFileProblems(sink, text.Length);
        _reader = new StructureReader(_cursor, _problems);
    }

    public static bool IsSchemaFile(string path) =>
        path.EndsWith(FileName, StringComparison.OrdinalIgnoreCase)
        && (path.Length == FileName.Length || path[path.Length - FileName.Length - 1] is '/' or '\\');

    /// <summary>The schema the file declares, with the reserved fields; problems go to <paramref name="sink"/>.</summary>
    public static MetadataSchema Parse(string text, ProblemSink sink, Func<int, string> describe)
    {
        var file = new MetadataSchemaFile(text, sink, describe);
        file.Read();
        return new MetadataSchema(file._fields);
    }

    private void Read()
    {
        try
        {
            if (_cursor.Text.Length > Manifest.ManifestLimits.MaxChars)
            {
                _problems.Invalid(0, 0, "the file is too large");
                return;
            }

            JsonKind kind = _cursor.PeekValue();
            int start = _cursor.Position;
            if (kind != JsonKind.Object)
            {
                _cursor.SkipValue();
                _problems.Invalid(start, _cursor.Position - start, "the root must be an object with a \"fields\" array, not " + StructureReader.Describe(kind));
                return;
            }

            _cursor.EnterObject();
            ulong seen = 0;
            int count = 0;
            while (_cursor.NextProperty(ref count, out JsonString name))
            {
                switch (_reader.Identify(name, RootKeys, ref seen, "the schema file"))
                {
                    case 0:
                        _reader.ReadString("$schema");
                        break;
                    case 1:
                        ReadFields();
                        break;
                    default:
                        _cursor.SkipValue();
                        break;
                }
            }

            _cursor.ExpectEnd();
        }
        catch (JsonSyntaxException e)
        {
            if (e.OverLimit)
            {
                _problems.OverLimit(e.Position, e.Message);
            }
            else
            {
                _problems.Syntax(e.Position, e.Message);
            }
        }
    }

    private void ReadFields()
    {
        if (!_reader.EnterArray("fields"))
        {
            return;
        }

        int count = 0;
        while (_cursor.NextElement(ref count))
        {
            JsonKind kind = _cursor.PeekValue();
            if (kind == JsonKind.Object)
            {
                ReadField();
            }
            else
            {
                _reader.SkipUnexpected(kind, "fields[" + (count - 1).ToString(CultureInfo.InvariantCulture) + "]", "an object");
            }
        }
    }

    private void ReadField()
    {
        int start = _cursor.Position;
        _cursor.EnterObject();
        Spanned name = default, kind = default, schemaId = default;
        List<MetadataOptionDefinition>? options = null;
        int optionsStart = -1;
        int dimensions = 0, dimensionsStart = -1, dimensionsLength = 0;
        ulong seen = 0;
        int count = 0;
        while (_cursor.NextProperty(ref count, out JsonString property))
        {
            switch (_reader.Identify(property, FieldKeys, ref seen, "a field"))
            {
                case 0: name = _reader.ReadString("name"); break;
                case 1: kind = _reader.ReadString("kind"); break;
                case 2: schemaId = ReadSchemaId(); break;
                case 3:
                    _cursor.PeekValue();
                    optionsStart = _cursor.Position;
                    options = ReadOptions();
                    break;
                case 4:
                    _cursor.PeekValue();
                    dimensionsStart = _cursor.Position;
                    dimensions = ReadDimensions();
                    dimensionsLength = _cursor.Position - dimensionsStart;
                    break;
                case 5: _reader.ReadString("description"); break;
                default: _cursor.SkipValue(); break;
            }
        }

        if (!name.IsPresent || name.Value!.Trim().Length == 0)
        {
            _problems.Invalid(name.IsPresent ? name.Start : start, name.IsPresent ? name.Length : 1, "every field needs a non-empty \"name\"");
            return;
        }

        string fieldName = name.Value;
        string shown = Quote.Safe(fieldName);
        string? clash = ReservedClash(fieldName, schemaId.Value);
        if (clash != null)
        {
            _sink.Add(RuleCatalog.RedefinedField, name.Start, name.Length, shown, clash + "; reserved fields are built in, so remove it from labelbox.metadata.json");
            return;
        }

        if (_declaredAt.TryGetValue(fieldName, out int first))
        {
            _sink.Add(RuleCatalog.RedefinedField, name.Start, name.Length, shown, "is already declared at " + _describe(first) + "; remove one of them");
            return;
        }

        if (schemaId.IsPresent && _idDeclaredAt.TryGetValue(schemaId.Value!, out int firstWithId))
        {
            _sink.Add(RuleCatalog.RedefinedField, schemaId.Start, schemaId.Length, shown,
                "has the schema_id of the field declared at " + _describe(firstWithId) + "; each field has its own id, so correct one of them");
            return;
        }

        if (schemaId.IsPresent)
        {
            _idDeclaredAt.Add(schemaId.Value!, name.Start);
        }

        _declaredAt.Add(fieldName, name.Start);
        if (!kind.IsPresent)
        {
            _sink.Add(RuleCatalog.BadFieldKind, name.Start, name.Length, shown, "it has no \"kind\"; use one of " + string.Join(", ", MetadataKinds.FileNames));
            return;
        }

        if (!MetadataKinds.TryParseFileName(kind.Value!, out MetadataKind parsed))
        {
            string? closest = Suggestions.Closest(kind.Value!, MetadataKinds.FileNames);
            _sink.Add(new Problem(RuleCatalog.BadFieldKind, kind.Start, kind.Length,
                new[] { shown, "kind '" + Quote.Safe(kind.Value!) + "' is unknown; " + Suggestions.Hint(closest, (IReadOnlyCollection<string>)MetadataKinds.FileNames) },
                closest));
            return;
        }

        if (parsed == MetadataKind.Enum && (options == null || options.Count == 0))
        {
            _sink.Add(RuleCatalog.BadFieldKind, optionsStart >= 0 ? optionsStart : kind.Start, optionsStart >= 0 ? 1 : kind.Length, shown,
                "an enum needs \"options\", e.g. [\"good\", \"blurry\"]");
            return;
        }

        if (parsed != MetadataKind.Enum && options != null)
        {
            _sink.Add(RuleCatalog.BadFieldKind, optionsStart, 1, shown, "only an enum has \"options\"; remove them or make the kind \"enum\"");
            return;
        }

        if (parsed == MetadataKind.Embedding && (dimensions < 1 || dimensions > MetadataKinds.MaxEmbeddingDimensions))
        {
            _sink.Add(RuleCatalog.BadFieldKind, dimensionsStart >= 0 ? dimensionsStart : kind.Start, dimensionsStart >= 0 ? dimensionsLength : kind.Length, shown,
                "an embedding needs \"dimensions\", a whole number from 1 to " + MetadataKinds.MaxEmbeddingDimensions.ToString(CultureInfo.InvariantCulture));
            return;
        }

        _fields.Add(new MetadataFieldDefinition(fieldName, parsed, schemaId.Value, reserved: false, options, parsed == MetadataKind.Embedding ? dimensions : 0));
    }

    /// <summary>Why a declared field collides with a reserved field or option, or null when it does not.</summary>
    private static string? ReservedClash(string name, string? schemaId)
    {
        foreach (MetadataFieldDefinition reserved in ReservedMetadata.All)
        {
            if (reserved.Name == name)
            {
                return "is a reserved Labelbox field";
            }

            if (schemaId == reserved.SchemaId)
            {
                return "has the schema_id of the reserved field '" + reserved.Name + "'";
            }

            foreach (MetadataOptionDefinition option in reserved.Options)
            {
                if (schemaId == option.SchemaId)
                {
                    return "has the schema_id of option '" + option.Name + "' of the reserved field '" + reserved.Name + "'";
                }
            }
        }

        return null;
    }

    private Spanned ReadSchemaId()
    {
        Spanned id = _reader.ReadString("schema_id");
        if (id.IsPresent && id.Value!.Length != SchemaIdLength)
        {
            _problems.Invalid(id.Start, id.Length, "schema_id '" + Quote.Safe(id.Value) + "' is not a Labelbox schema id (25 characters); copy it from Labelbox or leave it out");
            return default;
        }

        return id;
    }

    private List<MetadataOptionDefinition>? ReadOptions()
    {
        if (!_reader.EnterArray("options"))
        {
            return null;
        }

        var options = new List<MetadataOptionDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int count = 0;
        while (_cursor.NextElement(ref count))
        {
            JsonKind kind = _cursor.PeekValue();
            int start = _cursor.Position;
            MetadataOptionDefinition? option = kind switch
            {
                JsonKind.String => StringOption(),
                JsonKind.Object => ObjectOption(),
                _ => null,
            };

            if (kind != JsonKind.String && kind != JsonKind.Object)
            {
                _reader.SkipUnexpected(kind, "options[" + (count - 1).ToString(CultureInfo.InvariantCulture) + "]", "a string or an object");
            }

            if (option == null)
            {
                continue;
            }

            if (!names.Add(option.Name))
            {
                _problems.Invalid(start, _cursor.Position - start, "option '" + Quote.Safe(option.Name) + "' is listed twice");
                continue;
            }

            options.Add(option);
        }

        return options;
    }

    private MetadataOptionDefinition? StringOption()
    {
        Spanned name = _reader.ReadString("options");
        if (name.Value!.Length == 0)
        {
            _problems.Invalid(name.Start, name.Length, "an option needs a non-empty name");
            return null;
        }

        return new MetadataOptionDefinition(name.Value, null);
    }

    private MetadataOptionDefinition? ObjectOption()
    {
        int start = _cursor.Position;
        _cursor.EnterObject();
        Spanned name = default, id = default;
        ulong seen = 0;
        int count = 0;
        while (_cursor.NextProperty(ref count, out JsonString property))
        {
            switch (_reader.Identify(property, OptionKeys, ref seen, "an option"))
            {
                case 0: name = _reader.ReadString("name"); break;
                case 1: id = ReadSchemaId(); break;
                default: _cursor.SkipValue(); break;
            }
        }

        if (!name.IsPresent || name.Value!.Length == 0)
        {
            _problems.Invalid(start, 1, "an option needs a non-empty \"name\"");
            return null;
        }

        return new MetadataOptionDefinition(name.Value, id.Value);
    }

    private int ReadDimensions()
    {
        JsonKind kind = _cursor.PeekValue();
        if (kind != JsonKind.Number)
        {
            _reader.SkipUnexpected(kind, "dimensions", "a whole number");
            return 0;
        }

        int start = _cursor.ReadNumber(out int end);
        double value = _cursor.GetDouble(start, end);
        return value >= 1 && value <= MetadataKinds.MaxEmbeddingDimensions && Math.Floor(value) == value ? (int)value : -1;
    }
}
