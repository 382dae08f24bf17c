using ManifestGen.Rules.Manifest;

namespace ManifestGen.Rules.Tests.Manifest;

public class ContentHashTests
{
    [Fact]
    public void KnownValueForAnEmptyArray() =>
        Assert.Equal("sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", ContentHash.Compute("[]"));

    [Fact]
    public void KnownValueForEmptyText() =>
        Assert.Equal("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.Compute(""));

    [Fact]
    public void ByteOrderMarkDoesNotChangeTheHash()
    {
        Assert.Equal(ContentHash.Compute("[]"), ContentHash.Compute("\uFEFF[]"));
        Assert.Equal(ContentHash.Compute(""), ContentHash.Compute("\uFEFF"));
    }

    [Fact]
    public void OnlyALeadingByteOrderMarkIsIgnored() =>
        Assert.NotEqual(ContentHash.Compute("[]"), ContentHash.Compute("[\uFEFF]"));

    [Fact]
    public void AnyChangeChangesTheHash()
    {
        Assert.NotEqual(ContentHash.Compute("[]"), ContentHash.Compute("[ ]"));
        Assert.NotEqual(ContentHash.Compute("[]\n"), ContentHash.Compute("[]\r\n"));
    }

    [Fact]
    public void HashIsOfTheUtf8Bytes()
    {
        // "é" is C3 A9 in UTF-8 (E9 in Latin-1, E9 00 in UTF-16).
        Assert.Equal("sha256:4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", ContentHash.Compute("é"));
        Assert.Equal(ContentHash.Compute("é"), ContentHash.Compute("e\u0301".Normalize(System.Text.NormalizationForm.FormC)));
    }

    [Fact]
    public void LoneSurrogatesDoNotThrow() => Assert.StartsWith("sha256:", ContentHash.Compute("\uD800"), System.StringComparison.Ordinal);
}
