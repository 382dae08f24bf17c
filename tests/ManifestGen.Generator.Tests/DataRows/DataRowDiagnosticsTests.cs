using System;
using System.Collections.Generic;
using System.Linq;
using ManifestGen.Generator.Tests.Infrastructure;

namespace ManifestGen.Generator.Tests.DataRows;

/// <summary>
/// LBX1001–LBX1012 on [LabelboxDataRow] types, each at the exact place a build prints it. Sources
/// mark each expected position with <c>$$</c>; the n-th marker is where the n-th message is expected.
/// </summary>
public class DataRowDiagnosticsTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing ManifestGen;\n";

    private static void Expect(string source, params string[] messages) => ExpectWith(null, source, messages);

    private static void ExpectWith(string? schema, string source, params string[] messages)
    {
        string text = Usings + source.Replace("\r\n", "\n", StringComparison.Ordinal);
        var positions = new List<string>();
        int marker;
        while ((marker = text.IndexOf("$$", StringComparison.Ordinal)) >= 0)
        {
            string before = text.Substring(0, marker);
            int line = before.Count(c => c == '\n') + 1;
            int column = marker - (before.LastIndexOf('\n') + 1) + 1;
            positions.Add("(" + line + "," + column + "): ");
            text = text.Remove(marker, 2);
        }

        Assert.Equal(positions.Count, messages.Length);
        string[] expected = positions.Zip(messages, (p, m) => p + m).ToArray();
        // The short sources declare fields nothing assigns; that warning (CS0649) is theirs, not the subject.
        string[] actual = AnalyzerRunner.Format(
            ProjectRunner.Run(new[] { ("/p/Photos.cs", text) }, schema == null ? null : new[] { ("/p/labelbox.metadata.json", schema) })
                .Where(d => d.Id != "CS0649"),
            includePath: false);
        DiagnosticAssert.Lines(expected, actual);
    }

    [Fact]
    public void AValidType_IsClean() => ExpectWith(DataRowSources.Schema, DataRowSources.Photo.Replace("using System;\nusing System.Collections.Generic;\nusing ManifestGen;\n", "", StringComparison.Ordinal));

    [Fact]
    public void LBX1001_TypeNotPartial() => Expect(
        "[LabelboxDataRow] class $$Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\"; }",
        "error LBX1001: 'Photo' must be partial so ManifestGen can add ToDataRowSpec() and the import JSON writer to it; add the 'partial' modifier");

    [Fact]
    public void LBX1001_ContainingTypeNotPartial() => Expect(
        "class $$Outer { [LabelboxDataRow] public partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\"; } }",
        "error LBX1001: 'Outer', which contains the [LabelboxDataRow] type 'Photo', must be partial so ManifestGen can add ToDataRowSpec() and the import JSON writer to it; add the 'partial' modifier");

    [Fact]
    public void LBX1002_NoRowData() => Expect(
        "[LabelboxDataRow] partial class $$Photo { [GlobalKey] public string Key = \"\"; }",
        "error LBX1002: 'Photo' has no [RowData] member; a [LabelboxDataRow] type needs exactly one [RowData] member with the image's https URL or local file path");

    [Fact]
    public void LBX1002_TwoRowData_AtTheSecond() => Expect(
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [RowData] public Uri? $$Mirror; [GlobalKey] public string Key = \"\"; }",
        "error LBX1002: 'Photo' has [RowData] on 'Url' and on 'Mirror'; a [LabelboxDataRow] type needs exactly one [RowData] member with the image's https URL or local file path");

    [Fact]
    public void LBX1003_RowDataOfTheWrongTypeOrUnreadable()
    {
        Expect(
            "[LabelboxDataRow] partial class Photo { [RowData] public int $$Url; [GlobalKey] public string Key = \"\"; }",
            "error LBX1003: [RowData] member 'Url' is of type 'int'; use a readable instance property or field of type string, System.Uri or System.IO.FileInfo");
        Expect(
            "[LabelboxDataRow] partial class Photo { [RowData] public string $$Url { set { } } [GlobalKey] public string Key = \"\"; }",
            "error LBX1003: [RowData] member 'Url' has no get accessor; use a readable instance property or field of type string, System.Uri or System.IO.FileInfo");
        Expect(
            "[LabelboxDataRow] partial class Photo { [RowData] public static string $$Url = \"\"; [GlobalKey] public string Key = \"\"; }",
            "error LBX1003: [RowData] member 'Url' is static; use a readable instance property or field of type string, System.Uri or System.IO.FileInfo");
    }

    [Fact]
    public void LBX1004_GlobalKeyOfTheWrongTypeAndASecondOne() => Expect(
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public Guid $$Id; [GlobalKey] public string $$Key = \"\"; }",
        "error LBX1004: [GlobalKey] member 'Id' is of type 'Guid'; a row has at most one global key, a readable instance string property or field",
        "error LBX1004: [GlobalKey] member 'Key' is a second [GlobalKey] ('Id' is the first); a row has at most one global key, a readable instance string property or field");

    [Fact]
    public void LBX1005_UnknownField_AtTheArgument_SuggestsTheClosest() => Expect(
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\"; [Metadata($$\"splt\")] public string? Split; }",
        "error LBX1005: There is no metadata field named 'splt' among Labelbox's reserved fields or in labelbox.metadata.json; did you mean 'split'?");

    [Fact]
    public void LBX1005_UnknownField_WithoutAnythingClose_SaysWhereToDeclareIt() => Expect(
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\"; [Metadata($$\"weather\")] public string? W; }",
        "error LBX1005: There is no metadata field named 'weather' among Labelbox's reserved fields or in labelbox.metadata.json; use a reserved field (tag, split, captureDateTime) or declare it in labelbox.metadata.json");

    [Fact]
    public void LBX1006_TypeDoesNotFitTheKind() => ExpectWith(
        DataRowSources.Schema,
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\";\n"
        + "[Metadata(\"tag\")] public int $$Tag;\n"
        + "[Metadata(\"exposure\")] public string? $$Exposure;\n"
        + "[Metadata(\"captureDateTime\")] public string? $$Taken;\n"
        + "[Metadata(\"split\")] public string? $$Split;\n"
        + "[Metadata(\"clip\")] public int[]? $$Clip; }",
        "error LBX1006: [Metadata(\"tag\")] member 'Tag' is of type 'int', but 'tag' is a string field, which takes a string",
        "error LBX1006: [Metadata(\"exposure\")] member 'Exposure' is of type 'string?', but 'exposure' is a number field, which takes a number (any numeric type)",
        "error LBX1006: [Metadata(\"captureDateTime\")] member 'Taken' is of type 'string?', but 'captureDateTime' is a datetime field, which takes a DateTimeOffset or DateTime",
        "error LBX1006: [Metadata(\"split\")] member 'Split' is of type 'string?', but 'split' is an enum field, which takes a C# enum whose members are its options (train, valid, test) or its generated option type, LabelboxMetadata.SplitOption",
        "error LBX1006: [Metadata(\"clip\")] member 'Clip' is of type 'int[]?', but 'clip' is an embedding field, which takes a sequence of double or float (e.g. float[]) of 3 numbers");

    [Fact]
    public void LBX1007_EnumMembersThatAreNotOptions() => Expect(
        "enum SplitKind { Train, Validation, Test, Testing = 2 }\n"
        + "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\"; [Metadata(\"split\")] public SplitKind? $$Split; }",
        "error LBX1007: Enum 'SplitKind' does not match the options of metadata field 'split': member 'Validation' is not an option (did you mean 'valid'?); member 'Testing' is not an option (did you mean 'test'?); members 'Test' and 'Testing' have the same value; its options are train, valid, test");

    [Fact]
    public void LBX1007_AtTheUsersMember_WhenTheUsersTypesAreNamedLikeTheGeneratedOnes() => ExpectWith(
        DataRowSources.Schema,
        "enum Split { Train, Valid, Test, Holdout }\n"
        + "class SplitOption { }\n"
        + "class Quality { }\n"
        + "enum QualityOption { Good, Blurry }\n"
        + "class LabelboxMetadataSplitOption { }\n"
        + "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\";\n"
        + "[Metadata(\"split\")] public Split? $$Split; [Metadata(\"quality\")] public QualityOption? Quality; }\n"
        + "static class Use { static DataRowSpec Row() => DataRowSpec.Image(\"https://e.com/a.jpg\").WithMetadata(LabelboxMetadata.Split, LabelboxMetadata.SplitOption.Train).Build(); }",
        "error LBX1007: Enum 'Split' does not match the options of metadata field 'split': member 'Holdout' is not an option; its options are train, valid, test");

    [Fact]
    public void LBX1008_AttachmentOfTheWrongType() => Expect(
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\";\n"
        + "[Attachment(AttachmentType.ImageOverlay)] public int $$Overlay;\n"
        + "[Attachment(AttachmentType.RawText)] public Uri? $$Text;\n"
        + "[Attachment($$(AttachmentType)42)] public string? Odd; }",
        "error LBX1008: [Attachment] member 'Overlay' is of type 'int'; an IMAGE_OVERLAY attachment takes an https URL, as a string or System.Uri",
        "error LBX1008: [Attachment] member 'Text' is of type 'Uri?'; a RAW_TEXT attachment takes the text itself, as a string",
        "error LBX1008: [Attachment] member 'Odd' has an attachment type that is not an AttachmentType member; use one of Video, Image, ImageOverlay, Html, RawText, TextUrl, PdfUrl, CameraImage");

    [Fact]
    public void LBX1009_NoGlobalKey_IsAWarning_AndTheTypeStillGetsItsMembers() => Expect(
        "[LabelboxDataRow] partial class $$Photo { [RowData] public string Url = \"\"; }\n"
        + "static class Use { static DataRowSpec Spec(Photo p) => p.ToDataRowSpec(); }",
        "warning LBX1009: 'Photo' has no [GlobalKey] member, so importing its rows again creates them again; mark a unique string member [GlobalKey]");

    [Fact]
    public void LBX1010_TheSameFieldOnTwoMembers_AtTheSecond_AndTheTypeGetsNothing() => ExpectWith(
        DataRowSources.Schema,
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\";\n"
        + "[Metadata(\"tag\")] public string? Tag;\n"
        + "[Metadata(\"camera\")] public string? Camera;\n"
        + "[Metadata(\"tag\")] public string? $$Caption;\n"
        + "[Metadata(\"tag\")] public int $$$$Label; }\n"
        + "static class Use { static DataRowSpec Spec(Photo p) => p.$$ToDataRowSpec(); }",
        "error LBX1010: [Metadata(\"tag\")] is on 'Tag' and on 'Caption'; Labelbox rejects a row that sets a field twice, so keep one of them",
        "error LBX1006: [Metadata(\"tag\")] member 'Label' is of type 'int', but 'tag' is a string field, which takes a string",
        "error LBX1010: [Metadata(\"tag\")] is on 'Tag' and on 'Label'; Labelbox rejects a row that sets a field twice, so keep one of them",
        "error CS1061: 'Photo' does not contain a definition for 'ToDataRowSpec' and no accessible extension method 'ToDataRowSpec' accepting a first argument of type 'Photo' could be found (are you missing a using directive or an assembly reference?)");

    [Fact]
    public void LBX1011_RefStruct_AtTheType() => Expect(
        "[LabelboxDataRow] ref partial struct $$Photo { [RowData] public string Url; [GlobalKey] public string Key; }",
        "error LBX1011: 'Photo' is a ref struct, which cannot be a row: the import writers take rows as type arguments and hold them on the heap; remove 'ref' or copy the values into a class, record or struct");

    [Fact]
    public void LBX1012_AMemberWithAGeneratedName_AtThatMember_AndNoErrorInGeneratedCode() => Expect(
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\";\n"
        + "public DataRowSpec $$ToDataRowSpec() => new DataRowSpec(Url);\n"
        + "public string? $$WriteImportJson { get; set; } }",
        "error LBX1012: 'Photo' declares 'ToDataRowSpec', which ManifestGen adds to a [LabelboxDataRow] type (DataRowSpec ToDataRowSpec()); rename yours, or remove it and use the generated one",
        "error LBX1012: 'Photo' declares 'WriteImportJson', which ManifestGen adds to a [LabelboxDataRow] type (void WriteImportJson(Utf8JsonWriter)); rename yours, or remove it and use the generated one");

    [Fact]
    public void LBX1012_TheSameSignature_AsAMethod_IsReportedOnce() => Expect(
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\";\n"
        + "public void $$WriteImportJson(System.Text.Json.Utf8JsonWriter writer) { } }",
        "error LBX1012: 'Photo' declares 'WriteImportJson', which ManifestGen adds to a [LabelboxDataRow] type (void WriteImportJson(Utf8JsonWriter)); rename yours, or remove it and use the generated one");

    [Fact]
    public void Overloads_OfTheGeneratedMethods_AreTheUsersOwn_AndCompile() => Expect(
        "[LabelboxDataRow] partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\";\n"
        + "public DataRowSpec ToDataRowSpec(string prefix) => ToDataRowSpec() with { ExternalId = prefix + Key };\n"
        + "public void WriteImportJson(System.IO.Stream stream) { using var w = new System.Text.Json.Utf8JsonWriter(stream); WriteImportJson(w); }\n"
        + "public T ToDataRowSpec<T>() => default!; }\n"
        + "static class Use { static DataRowSpec Spec(Photo p) => p.ToDataRowSpec(); }");

    [Fact]
    public void ARowTypeInsideARefStruct_IsNotOne_AndCompiles() => Expect(
        "ref partial struct Scope { [LabelboxDataRow] public partial class Photo { [RowData] public string Url = \"\"; [GlobalKey] public string Key = \"\"; } }\n"
        + "static class Use { static DataRowSpec Spec(Scope.Photo p) => p.ToDataRowSpec(); }");
}
