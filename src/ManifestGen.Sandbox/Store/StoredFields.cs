using System;
using System.Collections.Generic;
using System.Linq;

namespace ManifestGen.Sandbox.Store;

/// <summary>The custom metadata fields of a sandbox started on a data folder that already has some.</summary>
internal static class StoredFields
{
    /// <summary>
    /// The configured fields, each keeping the schema ids the folder gave it (by name) unless configured with its own,
    /// then the stored fields no longer configured: rows of the folder may hold their values.
    /// </summary>
    public static IReadOnlyList<SandboxMetadataField> Merge(IList<SandboxMetadataField> configured, IReadOnlyList<SandboxMetadataField> stored)
    {
        Dictionary<string, SandboxMetadataField> storedByName = stored.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var merged = new List<SandboxMetadataField>();
        foreach (SandboxMetadataField field in configured)
        {
            if (!storedByName.Remove(field.Name, out SandboxMetadataField? before))
            {
                merged.Add(field);
                continue;
            }

            var optionIds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string option in field.Options)
            {
                string? id = null;
                if (field.OptionSchemaIds?.TryGetValue(option, out id) != true)
                {
                    before.OptionSchemaIds?.TryGetValue(option, out id);
                }

                if (id is not null)
                {
                    optionIds[option] = id;
                }
            }

            merged.Add(new SandboxMetadataField(field.Name, field.Kind, field.Options.ToArray())
            {
                SchemaId = field.SchemaId ?? before.SchemaId,
                OptionSchemaIds = optionIds,
            });
        }

        merged.AddRange(stored.Where(f => storedByName.ContainsKey(f.Name)));
        return merged;
    }
}
