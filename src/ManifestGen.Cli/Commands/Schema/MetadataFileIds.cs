using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ManifestGen.Cli.Terminal;
using ManifestGen.Rules.Metadata;
using Spectre.Console;

namespace ManifestGen.Cli.Commands.Schema;

/// <summary>labelbox.metadata.json written again with the schema ids Labelbox gave, after lbx schema push or a sync created fields.</summary>
internal static class MetadataFileIds
{
    /// <summary>
    /// Writes the file again with every field's and option's schema id, keeping its fields and options in their order,
    /// its <c>$schema</c>, dimensions and descriptions; left as it is when it has every id already.
    /// </summary>
    public static void Write(IAnsiConsole console, string path, string shown, MetadataSchemaPlan applied)
    {
        byte[] before = File.ReadAllBytes(path);
        (string? schema, Dictionary<string, string> descriptions) = ReadKept(before);
        Dictionary<string, PlannedMetadataField> byName = applied.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var fields = new List<FileField>();
        foreach (MetadataFieldDefinition declared in SchemaFilePlans.ReadDeclared(path).Custom)
        {
            PlannedMetadataField field = byName[declared.Name];
            fields.Add(new FileField(declared.Name, field.Kind, field.SchemaId,
                field.Options.Select(o => (o.Name, o.SchemaId)).ToArray(), declared.Dimensions, descriptions.GetValueOrDefault(declared.Name)));
        }

        using var after = new MemoryStream();
        MetadataFileWriter.Write(after, schema, fields);
        if (after.ToArray().AsSpan().SequenceEqual(before))
        {
            console.MarkupLineInterpolated($"{shown} has every schema id already.");
            return;
        }

        File.WriteAllBytes(path, after.ToArray());
        console.MarkupLineInterpolated($"[green]wrote[/] {shown}: {LbxConsole.Plural(fields.Count, "field")} with their schema ids");
    }

    /// <summary>What the rules' parser does not keep: the file's <c>$schema</c> and each field's description.</summary>
    private static (string? Schema, Dictionary<string, string> Descriptions) ReadKept(byte[] text)
    {
        using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonElement field in document.RootElement.GetProperty("fields").EnumerateArray())
        {
            if (field.TryGetProperty("description", out JsonElement description) && description.ValueKind == JsonValueKind.String)
            {
                descriptions.TryAdd(field.GetProperty("name").GetString()!, description.GetString()!);
            }
        }

        return (document.RootElement.TryGetProperty("$schema", out JsonElement schema) ? schema.GetString() : null, descriptions);
    }
}
