using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Text;

namespace ManifestGen.Sandbox;

/// <summary>
/// The custom fields of a labelbox.metadata.json, read by the same parser the build and lbx use, as
/// fields of the sandbox's ontology: the schema and option ids the file gives, or new ones.
/// </summary>
internal static class MetadataFileFields
{
    public static List<SandboxMetadataField> Read(string path)
    {
        var file = new TextFile(path, File.ReadAllText(path));
        var sink = new ProblemSink();
        MetadataSchema schema = MetadataSchemaFile.Parse(file.Text, sink, file.Lines.Describe);
        List<string> errors = sink.Problems.Where(p => p.Rule.Severity == RuleSeverity.Error).Select(p => Describe(file, p)).ToList();
        errors.AddRange(schema.Custom.Where(f => f.Kind == MetadataKind.Embedding)
            .Select(f => path + ": field '" + f.Name + "' is an embedding; the sandbox has no embedding fields, so leave it out of the file the sandbox reads"));
        if (errors.Count > 0)
        {
            throw new InvalidDataException("The sandbox cannot serve the fields of " + path + ":\n" + string.Join("\n", errors));
        }

        return schema.Custom.Select(ToSandboxField).ToList();
    }

    private static SandboxMetadataField ToSandboxField(MetadataFieldDefinition field) =>
        new(field.Name, SandboxMetadataKinds.FromRules(field.Kind), field.Options.Select(o => o.Name).ToArray())
        {
            SchemaId = field.SchemaId,
            OptionSchemaIds = field.Options.Where(o => o.SchemaId != null).ToDictionary(o => o.Name, o => o.SchemaId!),
        };

    /// <summary>As the build writes it: path(line,column): error ID: message.</summary>
    private static string Describe(TextFile file, Problem problem)
    {
        (int line, int column) = file.Lines.Locate(problem.Start);
        return file.Path + "(" + line + "," + column + "): error " + problem.Rule.Id + ": " + problem.Message;
    }
}
