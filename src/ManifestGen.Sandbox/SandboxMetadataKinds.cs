using ManifestGen.Rules.Metadata;

namespace ManifestGen.Sandbox;

/// <summary>The sandbox's field kinds as the shared rules name them (every one but embedding has a twin).</summary>
internal static class SandboxMetadataKinds
{
    public static SandboxMetadataKind FromRules(MetadataKind kind) => kind switch
    {
        MetadataKind.String => SandboxMetadataKind.String,
        MetadataKind.Number => SandboxMetadataKind.Number,
        MetadataKind.DateTime => SandboxMetadataKind.DateTime,
        _ => SandboxMetadataKind.Enum,
    };

    public static MetadataKind ToRules(SandboxMetadataKind kind) => kind switch
    {
        SandboxMetadataKind.String => MetadataKind.String,
        SandboxMetadataKind.Number => MetadataKind.Number,
        SandboxMetadataKind.DateTime => MetadataKind.DateTime,
        _ => MetadataKind.Enum,
    };

    /// <summary>The service's kind string (CustomMetadataString…).</summary>
    public static string WireName(SandboxMetadataKind kind) => MetadataKinds.WireNames[(int)ToRules(kind)];
}
