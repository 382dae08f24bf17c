using System.Collections.Generic;
using System.IO;
using System.Linq;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Cli.Importing;

/// <summary>
/// The custom fields the project's labelbox.metadata.json files declare but the organization it imports
/// into does not have. Every row that sets one would be refused, so the import stops before it sends
/// anything and says how to create them.
/// </summary>
internal static class MissingFields
{
    /// <summary>One message per missing field, empty when the organization has them all.</summary>
    public static List<string> Find(IReadOnlyList<string> schemaFiles, MetadataOntology ontology, bool sandbox)
    {
        var messages = new List<string>();
        foreach (string file in schemaFiles)
        {
            // Validation ran first and reported the file's problems; here only its declared fields matter.
            MetadataSchema declared = MetadataSchemaFile.Parse(File.ReadAllText(file), new ProblemSink(), _ => "");
            foreach (MetadataFieldDefinition field in declared.Custom.Where(f => ontology.FindByName(f.Name) == null))
            {
                string kind = MetadataKinds.FileName(field.Kind);
                messages.Add(file + " declares the " + kind + " field '" + field.Name + "', but the organization has no such field. "
                    + (sandbox
                        ? "Start the sandbox with it: lbx sandbox --metadata " + file
                        : "Create it in Labelbox (Schema → Metadata, kind " + kind + "); lbx schema push will do that in a later version."));
            }
        }

        return messages;
    }
}
