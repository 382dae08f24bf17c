using System.Collections.Generic;

namespace ManifestGen;

/// <summary>A metadata field of the organization's ontology.</summary>
/// <param name="SchemaId">Its schema id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Reserved">Whether Labelbox defines it (tag, split, captureDateTime…).</param>
/// <param name="Options">An enum field's options; empty otherwise.</param>
internal sealed record OntologyField(string SchemaId, string Name, MetadataFieldKind Kind, bool Reserved, IReadOnlyList<OntologyOption> Options);
