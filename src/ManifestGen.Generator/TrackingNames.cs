namespace ManifestGen.Generator;

/// <summary>Names of the tracked pipeline steps, so tests can assert what re-ran.</summary>
internal static class TrackingNames
{
    public const string ManifestInputs = nameof(ManifestInputs);
    public const string ParsedManifests = nameof(ParsedManifests);
    public const string AllManifests = nameof(AllManifests);
    public const string Settings = nameof(Settings);
    public const string MetadataSchemas = nameof(MetadataSchemas);
    public const string MetadataFields = nameof(MetadataFields);
    public const string DataRowTypes = nameof(DataRowTypes);
    public const string DataRowSpecs = nameof(DataRowSpecs);
}
