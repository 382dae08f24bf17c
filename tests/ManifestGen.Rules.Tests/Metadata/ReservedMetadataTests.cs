using System.Linq;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Tests.TestSupport;

namespace ManifestGen.Rules.Tests.Metadata;

/// <summary>The reserved fields and their ids, as labelbox-protocol.md §5 lists them.</summary>
public class ReservedMetadataTests
{
    [Fact]
    public void ReservedFieldsAndIds()
    {
        Assert.Equal(new[] { "tag", "split", "captureDateTime" }, ReservedMetadata.All.Select(f => f.Name));
        Assert.Equal(new[] { MetadataKind.String, MetadataKind.Enum, MetadataKind.DateTime }, ReservedMetadata.All.Select(f => f.Kind));
        Assert.Equal(new[] { Schemas.TagId, Schemas.SplitId, Schemas.CaptureDateTimeId }, ReservedMetadata.All.Select(f => f.SchemaId));
        Assert.All(ReservedMetadata.All, f => Assert.True(f.Reserved));
        Assert.All(ReservedMetadata.All, f => Assert.Equal(MetadataSchemaFile.SchemaIdLength, f.SchemaId!.Length));
    }

    [Fact]
    public void SplitOptions()
    {
        Assert.Equal(new[] { "train", "valid", "test" }, ReservedMetadata.Split.Options.Select(o => o.Name));
        Assert.Equal(new[] { Schemas.TrainId, "cko8sc2yr0004h2dk69aj5x63", Schemas.TestOptionId }, ReservedMetadata.Split.Options.Select(o => o.SchemaId));
    }

    [Fact]
    public void ReservedOnlySchemaFindsByNameIdAndOptionId()
    {
        MetadataSchema schema = MetadataSchema.ReservedOnly;
        Assert.Empty(schema.Custom);
        Assert.Equal(new[] { "tag", "split", "captureDateTime" }, schema.Names);
        Assert.Same(ReservedMetadata.Tag, schema.FindByName("tag"));
        Assert.Null(schema.FindByName("Tag"));
        Assert.Same(ReservedMetadata.Split, schema.FindBySchemaId(Schemas.SplitId));
        Assert.Null(schema.FindBySchemaId(Schemas.TrainId));
        var option = schema.FindOptionById(Schemas.TrainId);
        Assert.NotNull(option);
        Assert.Same(ReservedMetadata.Split, option.Value.Field);
        Assert.Equal("train", option.Value.Option.Name);
        Assert.Null(schema.FindOptionById(Schemas.SplitId));
    }

    [Fact]
    public void FindOptionTakesNameOrIdCaseSensitively()
    {
        Assert.Equal("test", ReservedMetadata.Split.FindOption("test")!.Name);
        Assert.Equal("test", ReservedMetadata.Split.FindOption(Schemas.TestOptionId)!.Name);
        Assert.Null(ReservedMetadata.Split.FindOption("TEST"));
        Assert.Empty(ReservedMetadata.Tag.Options);
    }

    [Fact]
    public void FirstDefinitionOfANameWins()
    {
        var first = new MetadataFieldDefinition("a", MetadataKind.String, null, reserved: false);
        var second = new MetadataFieldDefinition("a", MetadataKind.Number, null, reserved: false);
        var schema = new MetadataSchema(new[] { first, second });
        Assert.Same(first, schema.FindByName("a"));
        Assert.Equal(5, schema.Fields.Count);
    }

    [Theory]
    [InlineData("string", "String", "CustomMetadataString")]
    [InlineData("number", "Number", "CustomMetadataNumber")]
    [InlineData("datetime", "DateTime", "CustomMetadataDateTime")]
    [InlineData("enum", "Enum", "CustomMetadataEnum")]
    [InlineData("embedding", "Embedding", "CustomMetadataEmbedding")]
    public void KindNames(string fileName, string kindName, string wireName)
    {
        MetadataKind kind = System.Enum.Parse<MetadataKind>(kindName);
        Assert.Equal(fileName, MetadataKinds.FileName(kind));
        Assert.Equal(wireName, MetadataKinds.WireNames[(int)kind]);
        Assert.True(MetadataKinds.TryParseFileName(fileName, out MetadataKind parsed));
        Assert.Equal(kind, parsed);
    }

    [Theory]
    [InlineData("String")]
    [InlineData("text")]
    [InlineData("")]
    public void UnknownKindNames(string name) => Assert.False(MetadataKinds.TryParseFileName(name, out _));

    [Fact]
    public void Limits()
    {
        Assert.Equal(4096, MetadataKinds.MaxStringLength);
        Assert.Equal(2048, MetadataKinds.MaxEmbeddingDimensions);
        Assert.Equal("CustomMetadataEnumOption", MetadataKinds.EnumOptionWireName);
    }
}
