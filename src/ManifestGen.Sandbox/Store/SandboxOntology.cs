using System;
using System.Collections.Generic;
using System.Linq;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Sandbox.Store;

/// <summary>An enum option as <c>upsertCustomMetadataSchema</c> takes it: an existing option's id, or none for a new one.</summary>
internal sealed record OptionUpsert(string? Id, string Name);

/// <summary>
/// The organization's metadata ontology as it changes: fields created, renamed, given options, deleted (the SDK's
/// <c>create_schema</c>, <c>update_schema</c>, <c>update_enum_option</c>, <c>delete_schema</c>). Each change builds a
/// new <see cref="SandboxMetadataSchema"/> and swaps it in, so an import keeps the one it started with; with a data
/// folder the custom fields are written before the change answers.
/// </summary>
internal sealed class SandboxOntology
{
    private readonly object gate = new();
    private readonly SandboxStore? store;
    private volatile SandboxMetadataSchema current;

    public SandboxOntology(IReadOnlyList<SandboxMetadataField> fields, SandboxStore? store)
    {
        this.store = store;
        current = new SandboxMetadataSchema(fields);
        store?.SaveCustomFields(CustomFields(current), current.Fields.Where(f => !f.Reserved));
    }

    /// <summary>The ontology now: reserved fields first, then custom ones in the order they were made.</summary>
    public SandboxMetadataSchema Current => current;

    /// <summary>
    /// Creates a field (no <paramref name="id"/>) or updates one: its name, and its options by id (renamed) or
    /// without (added). Options left out are kept: rows may hold them. A field's kind never changes.
    /// </summary>
    /// <exception cref="ArgumentException">The change is refused; the message says why, as the API's error.</exception>
    /// <exception cref="KeyNotFoundException">No custom field has <paramref name="id"/>.</exception>
    public OntologyNode Upsert(string? id, string name, string kind, IReadOnlyList<OptionUpsert>? options)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            throw new ArgumentException("A metadata schema needs a name");
        }

        SandboxMetadataKind fieldKind = ParseKind(kind);
        if (fieldKind != SandboxMetadataKind.Enum && options is { Count: > 0 })
        {
            throw new ArgumentException("Only a CustomMetadataEnum schema has options; '" + name + "' is " + kind);
        }

        lock (gate)
        {
            SandboxMetadataSchema before = current;
            List<SandboxMetadataField> fields = CustomFields(before);
            int index = id is null ? fields.Count : fields.FindIndex(f => f.SchemaId == id);
            if (index < 0)
            {
                throw before.FindById(id!) is { Reserved: true }
                    ? new ArgumentException("Reserved metadata schema '" + before.FindById(id!)!.Name + "' cannot be changed")
                    : new KeyNotFoundException(id);
            }

            SandboxMetadataField? existing = id is null ? null : fields[index];
            if (existing is not null && existing.Kind != fieldKind)
            {
                throw new ArgumentException("The kind of metadata schema '" + existing.Name + "' is " + SandboxMetadataKinds.WireName(existing.Kind) + "; it cannot change to " + kind);
            }

            if (before.Fields.Any(f => f.Name == name && f.Id != id))
            {
                throw new ArgumentException("A metadata schema named '" + name + "' already exists");
            }

            SandboxMetadataField updated = WithOptions(name, fieldKind, id, existing, options ?? Array.Empty<OptionUpsert>());
            if (existing is null)
            {
                fields.Add(updated);
            }
            else
            {
                fields[index] = updated;
            }

            Swap(fields);
            return current.Fields.First(f => f.Name == name);
        }
    }

    /// <summary>Deletes a custom field; rows keep no value of it. False when there is none with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">It is a reserved field.</exception>
    public bool Delete(string id)
    {
        lock (gate)
        {
            SandboxMetadataSchema before = current;
            List<SandboxMetadataField> fields = CustomFields(before);
            int removed = fields.RemoveAll(f => f.SchemaId == id);
            if (removed == 0)
            {
                return before.FindById(id) is { Reserved: true, IsOption: false } reserved
                    ? throw new ArgumentException("Reserved metadata schema '" + reserved.Name + "' cannot be deleted")
                    : false;
            }

            Swap(fields);
            return true;
        }
    }

    private void Swap(List<SandboxMetadataField> fields)
    {
        var next = new SandboxMetadataSchema(fields);
        store?.SaveCustomFields(CustomFields(next), next.Fields.Where(f => !f.Reserved));
        current = next;
    }

    private static SandboxMetadataField WithOptions(string name, SandboxMetadataKind kind, string? id, SandboxMetadataField? existing, IReadOnlyList<OptionUpsert> given)
    {
        var names = new List<string>(existing?.Options ?? Array.Empty<string>());
        var ids = new Dictionary<string, string>(existing?.OptionSchemaIds ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var byId = ids.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        foreach (OptionUpsert option in given)
        {
            string optionName = option.Name.Trim();
            if (optionName.Length == 0)
            {
                throw new ArgumentException("An option of metadata schema '" + name + "' needs a name");
            }

            if (option.Id is null)
            {
                if (!names.Contains(optionName))
                {
                    names.Add(optionName);
                }

                continue;
            }

            if (!byId.Remove(option.Id, out string? oldName))
            {
                throw new ArgumentException("Metadata schema '" + name + "' has no option with id '" + option.Id + "'");
            }

            if (oldName != optionName)
            {
                if (names.Contains(optionName))
                {
                    throw new ArgumentException("Metadata schema '" + name + "' already has an option named '" + optionName + "'");
                }

                names[names.IndexOf(oldName)] = optionName;
                ids.Remove(oldName);
                ids[optionName] = option.Id;
            }
        }

        return new SandboxMetadataField(name, kind, names.ToArray()) { SchemaId = id, OptionSchemaIds = ids };
    }

    /// <summary>The custom fields of a schema with the ids it holds, so the next schema built from them keeps every id.</summary>
    private static List<SandboxMetadataField> CustomFields(SandboxMetadataSchema schema) => schema.Fields.Where(f => !f.Reserved)
        .Select(f => new SandboxMetadataField(f.Name, SandboxMetadataKinds.FromRules(f.FieldKind!.Value), f.Options.Select(o => o.Name).ToArray())
        {
            SchemaId = f.Id,
            OptionSchemaIds = f.Options.ToDictionary(o => o.Name, o => o.Id, StringComparer.Ordinal),
        })
        .ToList();

    private static SandboxMetadataKind ParseKind(string kind)
    {
        if (!MetadataKinds.TryParseWireName(kind, out MetadataKind parsed))
        {
            throw new ArgumentException("Unknown metadata schema kind '" + kind + "'; it is one of " + string.Join(", ", MetadataKinds.WireNames));
        }

        return parsed == MetadataKind.Embedding
            ? throw new ArgumentException("The sandbox has no embedding metadata fields (" + kind + ")")
            : SandboxMetadataKinds.FromRules(parsed);
    }
}
