using ManifestGen.Generator.Tests.Infrastructure;

namespace ManifestGen.Generator.Tests.Analyzers;

/// <summary>
/// One test per manifest diagnostic: the id, severity, exact line and column and the whole message,
/// as `dotnet build` prints them. Each input also proves nothing else is reported.
/// </summary>
public class ManifestDiagnosticsTests
{
    private const string Ok = "\"row_data\": \"https://example.com/a.jpg\", \"global_key\": \"k1\"";

    private static void Expect(string manifest, params string[] expected) =>
        DiagnosticAssert.Lines(expected, AnalyzerRunner.Lines(manifest));

    [Fact]
    public void LBX0001_InvalidJson_PointsAtTheBadCharacter() => Expect(
        "[\n  {" + Ok + "},\n  {" + Ok.Replace("k1", "k2") + "} x\n]",
        "(3,65): error LBX0001: Not valid JSON: expected ',' or ']' but found 'x'");

    [Fact]
    public void LBX0001_LoneSurrogateEscape_PointsAtItsBackslash() => Expect(
        "[\n  {" + Ok + ", \"external_id\": \"cat \\ud83d\"}\n]",
        "(2,85): error LBX0001: Not valid JSON: '\\ud83d' is half of a UTF-16 surrogate pair, alone: it stands for no character and UTF-8 cannot carry it; write the character itself or both halves of its pair");

    [Fact]
    public void LBX0001_EmptyFile() => Expect(
        "  \n",
        "(1,1): error LBX0001: Not valid JSON: the file is empty; a manifest is a JSON array of rows, e.g. [ { \"row_data\": \"https://…/image.jpg\" } ]");

    [Fact]
    public void LBX0002_RootIsAString() => Expect(
        "\"https://example.com/a.jpg\"",
        "(1,1): error LBX0002: The manifest must be an array of rows or an object with a \"rows\" array, but it is a string");

    [Fact]
    public void LBX0002_SingleRowWithoutBrackets_ReportsOnlyTheRoot() => Expect(
        "{" + Ok + "}",
        "(1,1): error LBX0002: The manifest must be an array of rows or an object with a \"rows\" array, but this object has no \"rows\" array; to import a single row, put it inside [ ]");

    [Fact]
    public void LBX0003_UnknownProperty_SuggestsTheClosest() => Expect(
        "[{" + Ok + ", \"mediatype\": \"IMAGE\"}]",
        "(1,64): error LBX0003: Unknown property 'mediatype' in a row; did you mean 'media_type'?");

    [Fact]
    public void LBX0003_UnknownEnvelopeProperty_ListsTheAllowedOnes() => Expect(
        "{\"rows\": [{" + Ok + "}], \"owner\": \"me\"}",
        "(1,75): error LBX0003: Unknown property 'owner' in the manifest envelope; use one of $schema, name, dataset, rows");

    [Fact]
    public void LBX0004_WrongJsonType() => Expect(
        "[{\"row_data\": 42, \"global_key\": \"k1\"}]",
        "(1,2): error LBX0101: The row has no row_data; add \"row_data\" with the https URL or the local path of the image",
        "(1,15): error LBX0004: 'row_data' must be a string, not a number");

    [Fact]
    public void LBX0005_DuplicateProperty_AtTheSecondName() => Expect(
        "[{" + Ok + ", \"global_key\": \"k2\"}]",
        "(1,64): error LBX0005: Property 'global_key' appears more than once in this object and only the last one would count; remove the duplicate");

    [Fact]
    public void LBX0006_NoRows_IsAWarning() => Expect(
        "{ \"name\": \"Cats\", \"rows\": [] }",
        "(1,27): warning LBX0006: The manifest has no rows, so importing it does nothing; add rows or delete the file");

    [Fact]
    public void LBX0007_TooDeep() => Expect(
        "[{\"row_data\": \"https://example.com/a.jpg\", \"x\": " + new string('[', 70) + new string(']', 70) + "}]",
        "(1,44): error LBX0003: Unknown property 'x' in a row; use one of row_data, global_key, external_id, media_type, metadata_fields, attachments",
        "(1,111): error LBX0007: The manifest is nested deeper than 64 levels; a Labelbox import row needs at most five, so simplify the JSON");

    [Fact]
    public void LBX0101_MissingRowData_AtTheRow() => Expect(
        "[\n  {\"global_key\": \"k1\"}\n]",
        "(2,3): error LBX0101: The row has no row_data; add \"row_data\" with the https URL or the local path of the image");

    [Fact]
    public void LBX0102_Http_SuggestsHttps() => Expect(
        "[{\"row_data\": \"http://example.com/a.jpg\", \"global_key\": \"k1\"}]",
        "(1,15): error LBX0102: row_data must be an https URL; 'http://example.com/a.jpg' uses http; use 'https://example.com/a.jpg'");

    [Fact]
    public void LBX0102_S3Uri_SuggestsVirtualHostedHttps() => Expect(
        "[{\"row_data\": \"s3://my-bucket/images/a.jpg\", \"global_key\": \"k1\"}]",
        "(1,15): error LBX0102: row_data must be an https URL; 's3://my-bucket/images/a.jpg' is an S3 URI; use its https form 'https://my-bucket.s3.amazonaws.com/images/a.jpg' (with the bucket's region if it is not us-east-1, e.g. '<bucket>.s3.us-west-2.amazonaws.com')");

    [Fact]
    public void LBX0102_GsUri_SuggestsGoogleStorageHttps() => Expect(
        "[{\"row_data\": \"gs://bucket/a.png\", \"global_key\": \"k1\"}]",
        "(1,15): error LBX0102: row_data must be an https URL; 'gs://bucket/a.png' is a Google Cloud Storage URI; use its https form 'https://storage.googleapis.com/bucket/a.png'");

    [Fact]
    public void LBX0102_MalformedHttps() => Expect(
        "[{\"row_data\": \"https:/example.com/a.jpg\", \"global_key\": \"k1\"}]",
        "(1,15): error LBX0102: row_data must be an https URL; 'https:/example.com/a.jpg' is not a well-formed URL (check the host and the slashes after 'https:')");

    [Fact]
    public void LBX0103_PathStyleS3_ShowsTheVirtualHostedUrl() => Expect(
        "[{\"row_data\": \"https://s3.us-west-2.amazonaws.com/my-bucket/a.jpg\", \"global_key\": \"k1\"}]",
        "(1,15): warning LBX0103: 'https://s3.us-west-2.amazonaws.com/my-bucket/a.jpg' is an S3 path-style URL, but IAM delegated access needs virtual-hosted style; use 'https://my-bucket.s3.us-west-2.amazonaws.com/a.jpg'");

    [Fact]
    public void LBX0104_Extension_IgnoresTheQueryString() => Expect(
        "[{\"row_data\": \"https://example.com/a.tiff?sig=x.jpg\", \"global_key\": \"k1\"},\n {\"row_data\": \"https://example.com/no-extension?x=a.gif\", \"global_key\": \"k2\"}]",
        "(1,15): warning LBX0104: 'https://example.com/a.tiff?sig=x.jpg' has the extension 'tiff', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path");

    [Fact]
    public void LBX0105_Whitespace() => Expect(
        "[{\"row_data\": \"https://example.com/my image.jpg\", \"global_key\": \"k1\"}]",
        "(1,15): error LBX0105: row_data contains a space at position 23; remove it, or percent-encode it inside a URL (' ' is '%20')");

    [Fact]
    public void LBX0107_HostWithoutScheme() => Expect(
        "[{\"row_data\": \"storage.googleapis.com/bucket/a.jpg\", \"global_key\": \"k1\"}]",
        "(1,15): warning LBX0107: 'storage.googleapis.com/bucket/a.jpg' looks like a host name without a scheme, so it would be uploaded as a local file; use 'https://storage.googleapis.com/bucket/a.jpg'");

    [Fact]
    public void LBX0201_DuplicateKeyInTheSameFile_IgnoringCase() => Expect(
        "[\n  {\"row_data\": \"https://example.com/a.jpg\", \"global_key\": \"Cat-1\"},\n  {\"row_data\": \"https://example.com/b.jpg\", \"global_key\": \"cat-1\"}\n]",
        "(3,59): error LBX0201: global_key 'cat-1' is already used by the row at line 2, column 59; global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them");

    [Fact]
    public void LBX0202_InvalidKey_GivesEveryReason() => Expect(
        "[{\"row_data\": \"https://example.com/a.jpg\", \"global_key\": \" a  b%\"}]",
        "(1,58): error LBX0202: global_key ' a  b%' is invalid: it starts or ends with a space; it has two spaces in a row at position 3; '%' at position 6 is not allowed (use letters, digits, spaces and !_.*'()&$@=;/:+,?-)");

    [Fact]
    public void LBX0202_KeyOver200Characters()
    {
        string key = new('k', 201);
        Expect(
            "[{\"row_data\": \"https://example.com/a.jpg\", \"global_key\": \"" + key + "\"}]",
            "(1,58): error LBX0202: global_key '" + new string('k', 120) + "… (201 characters)' is invalid: it is 201 characters long and the limit is 200");
    }

    [Fact]
    public void LBX0203_NoGlobalKey_OnceWithTheCount() => Expect(
        "[\n {\"row_data\": \"https://example.com/a.jpg\"},\n {\"row_data\": \"https://example.com/b.jpg\"}\n]",
        "(2,2): info LBX0203: 2 row(s) in this manifest have no global_key, so importing it again creates them again; give each row a unique global_key");

    [Fact]
    public void LBX0301_UnknownMediaType() => Expect(
        "[{" + Ok + ", \"media_type\": \"image\"}]",
        "(1,78): error LBX0301: media_type 'image' is not a Labelbox media type; did you mean 'IMAGE'?");
}
