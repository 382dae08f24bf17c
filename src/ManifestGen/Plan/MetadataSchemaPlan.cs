using System.Collections.Generic;
using System.Linq;
using ManifestGen.Rules.Metadata;

namespace ManifestGen;

/// <summary>
/// What applying declared metadata fields (labelbox.metadata.json, or the generated <c>LabelboxMetadata</c> fields) to
/// the organization would do, field by field: made by
/// <see cref="LabelboxClient.PlanMetadataSchemaAsync(IEnumerable{MetadataField}, System.Threading.CancellationToken)"/>,
/// read-only on the Labelbox side, and carried out by
/// <see cref="LabelboxClient.ApplyMetadataSchemaAsync(MetadataSchemaPlan, System.Threading.CancellationToken)"/>.
/// </summary>
public sealed class MetadataSchemaPlan
{
    internal MetadataSchemaPlan(IReadOnlyList<MetadataFieldDefinition> declared, IReadOnlyList<PlannedMetadataField> fields)
    {
        Declared = declared;
        Fields = fields;
        Missing = fields.Count(f => f.Change == PlannedMetadataChange.Missing);
        MissingOptions = fields.Count(f => f.Change == PlannedMetadataChange.MissingOptions);
        Unchanged = fields.Count(f => f.Change == PlannedMetadataChange.Unchanged);
        Conflicts = fields.Count(f => f.Change == PlannedMetadataChange.Conflict);
    }

    /// <summary>Every declared field, in the order declared, with what applying it would do.</summary>
    public IReadOnlyList<PlannedMetadataField> Fields { get; }

    /// <summary>How many fields applying would create.</summary>
    public int Missing { get; }

    /// <summary>How many existing enum fields applying would add options to.</summary>
    public int MissingOptions { get; }

    /// <summary>How many fields the organization has as declared.</summary>
    public int Unchanged { get; }

    /// <summary>How many fields the organization has with another kind: errors, which applying refuses.</summary>
    public int Conflicts { get; }

    /// <summary>True when applying would create a field or an option.</summary>
    public bool HasChanges => Missing > 0 || MissingOptions > 0;

    /// <summary>True when a field conflicts; applying such a plan throws.</summary>
    public bool HasConflicts => Conflicts > 0;

    /// <summary>The declared fields the plan was made from, planned again when it is applied.</summary>
    internal IReadOnlyList<MetadataFieldDefinition> Declared { get; }
}
