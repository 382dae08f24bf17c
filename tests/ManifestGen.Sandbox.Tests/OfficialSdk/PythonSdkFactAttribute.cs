namespace ManifestGen.Sandbox.Tests.OfficialSdk;

/// <summary>A fact that is skipped, saying why, where python3 or the SDK's dependencies are missing.</summary>
internal sealed class PythonSdkFactAttribute : FactAttribute
{
    public PythonSdkFactAttribute() => Skip = PythonSdk.Unavailable;
}
