using System.Linq;
using System.Reflection;

namespace ManifestGen.Tests.Surface;

/// <summary>What docs/public-api.md promises of the public records: no compiler-made member freezes their shape.</summary>
public class PublicRecordTests
{
    [Fact]
    public void NoPublicType_PublishesADeconstruct()
    {
        // A Deconstruct fixes the order and count of a record's properties: adding one in 1.x would break callers.
        string[] deconstructing = typeof(LabelboxClient).Assembly.GetExportedTypes()
            .Where(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => m.Name == "Deconstruct"))
            .Select(type => type.FullName!).Order().ToArray();

        Assert.Empty(deconstructing);
    }

    [Fact]
    public void ATaskTheServiceDescribes_HasNoPublicConstructor()
    {
        Assert.Empty(typeof(LabelboxTask).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }
}
