using System.Collections.Generic;
using System.Linq;
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
            MetadataSchema declared = Commands.Schema.SchemaFilePlans.ReadDeclared(file);
            foreach (MetadataFieldDefinition field in declared.Custom.Where(f => ontology.FindByName(f.Name) == null))
            {
                string kind = MetadataKinds.FileName(field.Kind);
                messages.Add(file + " declares the " + kind + " field '" + field.Name + "', but the organization has no such field. "
                    + (sandbox
                        ? "Start the sandbox with it: lbx sandbox --metadata " + file
                        : "Create it with lbx schema push --metadata " + file + ", or in Labelbox (Schema → Metadata, kind " + kind + ")."));
            }
        }

        return messages;
    }
}
