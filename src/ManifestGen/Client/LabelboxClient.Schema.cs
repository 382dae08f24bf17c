using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Client;
using ManifestGen.Plan;
using ManifestGen.Rules.Metadata;

namespace ManifestGen;

// Declared metadata fields against the organization's: planned read-only, then the missing fields and options
// created as the SDK's create_schema creates them. Fields are never deleted or changed in kind.
public sealed partial class LabelboxClient
{
    /// <summary>
    /// What applying the declared metadata fields to the organization would do, read-only (one request): each field is
    /// missing (applying creates it), missing options (an enum field lacking declared options: applying adds them),
    /// unchanged, or a conflict (the organization's field of that name is of another kind: an error).
    /// </summary>
    /// <param name="declared">The fields the project uses, e.g. the generated <c>LabelboxMetadata.Camera</c>; a name given twice counts once.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A field is null.</exception>
    /// <exception cref="LabelboxRequestException">Reading the organization's fields failed.</exception>
    public Task<MetadataSchemaPlan> PlanMetadataSchemaAsync(IEnumerable<MetadataField> declared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declared);
        MetadataFieldDefinition[] definitions = declared
            .Select((f, i) => f?.ToDefinition() ?? throw new ArgumentException("Field " + i + " is null.", nameof(declared)))
            .ToArray();
        return PlanMetadataSchemaAsync(definitions, cancellationToken);
    }

    /// <summary>The schema plan of the custom fields of a labelbox.metadata.json, as lbx reads it.</summary>
    internal Task<MetadataSchemaPlan> PlanMetadataSchemaAsync(MetadataSchema declared, CancellationToken cancellationToken = default) =>
        PlanMetadataSchemaAsync(declared.Custom, cancellationToken);

    private async Task<MetadataSchemaPlan> PlanMetadataSchemaAsync(IReadOnlyList<MetadataFieldDefinition> declared, CancellationToken cancellationToken) =>
        MetadataSchemaPlanner.Plan(declared, await GetMetadataOntologyAsync(refresh: true, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Creates the fields and enum options a plan found missing, as the SDK's <c>create_schema</c> does (an option is
    /// added by sending the field with all its options, the new ones without an id), and returns the plan made again
    /// afterwards: every field unchanged, with the schema ids Labelbox gave it and its options. The organization is read
    /// again first, so applying a plan whose fields exist by now creates nothing; nothing is ever deleted or changed in kind.
    /// </summary>
    /// <param name="plan">A plan from <see cref="PlanMetadataSchemaAsync(IEnumerable{MetadataField}, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels between requests; fields created by then stay.</param>
    /// <exception cref="InvalidOperationException">A field conflicts, in the plan or by now; nothing was created.</exception>
    /// <exception cref="LabelboxRequestException">A request failed (an embedding field, for one, where the organization has no custom embeddings);
    /// the fields created before it stay, and applying the plan again creates the rest.</exception>
    public async Task<MetadataSchemaPlan> ApplyMetadataSchemaAsync(MetadataSchemaPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ThrowIfConflicts(plan);
        MetadataOntology ontology = await GetMetadataOntologyAsync(refresh: true, cancellationToken).ConfigureAwait(false);
        MetadataSchemaPlan now = MetadataSchemaPlanner.Plan(plan.Declared, ontology);
        ThrowIfConflicts(now);
        if (!now.HasChanges)
        {
            return now;
        }

        foreach (PlannedMetadataField field in now.Fields.Where(f => f.Change is PlannedMetadataChange.Missing or PlannedMetadataChange.MissingOptions))
        {
            OntologyField? existing = ontology.FindByName(field.Name);
            var afterLostRequest = new StrongBox<bool>();
            try
            {
                await _transport.ExecuteAsync(existing is null ? "DataRowMetadataOntology:create_schema" : "DataRowMetadataOntology:_upsert_schema",
                    GraphQlOperations.UpsertCustomMetadataSchema, w => WriteUpsert(w, field, existing), afterLostRequest, cancellationToken).ConfigureAwait(false);
            }
            catch (LabelboxRequestException) when (afterLostRequest.Value)
            {
                // A repeat of a request Labelbox may have carried out ("already exists"): the reading below tells.
            }
        }

        MetadataSchemaPlan after = MetadataSchemaPlanner.Plan(plan.Declared, await GetMetadataOntologyAsync(refresh: true, cancellationToken).ConfigureAwait(false));
        if (after.HasChanges || after.HasConflicts)
        {
            throw new InvalidOperationException("After creating them, the organization still lacks "
                + string.Join(", ", after.Fields.Where(f => f.Change != PlannedMetadataChange.Unchanged).Select(f => "'" + f.Name + "'"))
                + "; apply the plan again, or check the fields in Labelbox.");
        }

        return after;
    }

    private static void ThrowIfConflicts(MetadataSchemaPlan plan)
    {
        if (plan.HasConflicts)
        {
            throw new InvalidOperationException("The metadata schema cannot be applied: "
                + string.Join("; ", plan.Fields.Where(f => f.Change == PlannedMetadataChange.Conflict).Select(f => f.Conflict)) + ".");
        }
    }

    /// <summary>
    /// The <c>data</c> variable as the SDK dumps its <c>_UpsertCustomMetadataSchemaInput</c> (no null members): a new field
    /// with its options, or an existing one with every option it has (by id) and the missing ones (without).
    /// </summary>
    private static void WriteUpsert(Utf8JsonWriter writer, PlannedMetadataField field, OntologyField? existing)
    {
        writer.WriteStartObject("data");
        if (existing is not null)
        {
            writer.WriteString("id", existing.SchemaId);
        }

        writer.WriteString("name", existing?.Name ?? field.Name);
        writer.WriteString("kind", MetadataKinds.WireNames[(int)field.Kind]);
        IEnumerable<(string? Id, string Name)> options = (existing?.Options.Select(o => ((string?)o.SchemaId, o.Name)) ?? Enumerable.Empty<(string?, string)>())
            .Concat(field.MissingOptions.Select(name => ((string?)null, name)));
        if (options.Any())
        {
            writer.WriteStartArray("options");
            foreach ((string? id, string name) in options)
            {
                writer.WriteStartObject();
                if (id is not null)
                {
                    writer.WriteString("id", id);
                }

                writer.WriteString("name", name);
                writer.WriteString("kind", MetadataKinds.EnumOptionWireName);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
