using System.Collections.Generic;

namespace ManifestGen.Rules.Diagnostics;

/// <summary>
/// Every diagnostic ManifestGen reports. The ids are part of the public contract: never renumber or
/// reuse one. Messages say what is wrong and what to do. Each rule also carries its policies (code
/// fix, fatal on load, compilation end, C# twin); the lists the analyzers, code fixes and runtime use
/// are derived from here.
/// </summary>
internal static class RuleCatalog
{
    public const string HelpUriBase = "https://github.com/ManifestGen/ManifestGen/blob/main/docs/diagnostics/";

    private const string Manifest = "ManifestGen.Manifest";
    private const string RowData = "ManifestGen.RowData";
    private const string GlobalKeys = "ManifestGen.GlobalKey";
    private const string Media = "ManifestGen.MediaType";
    private const string Metadata = "ManifestGen.Metadata";
    private const string Attachments = "ManifestGen.Attachments";
    private const string Schema = "ManifestGen.MetadataSchema";
    private const string DataRowType = "ManifestGen.DataRowType";
    private const string Literals = "ManifestGen.Literals";

    // The C# rules that manifest rules name as their twins come first: a static field can only use
    // the fields above it.
    private const string S3PathStyleMessage =
        "'{0}' is an S3 path-style URL, but IAM delegated access needs virtual-hosted style; use '{1}'";

    private const string UnsupportedExtensionMessage =
        "'{0}' has the extension '{1}', but Labelbox imports images as JPG, PNG or BMP; convert the image or correct the path";

    public static readonly Rule ConstantNotHttps = new("LBX2001", RuleSeverity.Error, Literals,
        "Constant URL is not https",
        "{0} must be an https URL; {1}", RuleFix.CorrectedValue);

    public static readonly Rule ConstantS3PathStyle = new("LBX2002", RuleSeverity.Warning, Literals,
        "Constant S3 URL is path-style", S3PathStyleMessage, RuleFix.CorrectedValue);

    public static readonly Rule ConstantExtension = new("LBX2003", RuleSeverity.Warning, Literals,
        "Constant image path is not a JPG, PNG or BMP file", UnsupportedExtensionMessage);

    public static readonly Rule ConstantMetadataValue = new("LBX2007", RuleSeverity.Error, Literals,
        "Constant metadata value does not fit the field",
        "The value for metadata field '{0}' {1}");

    public static readonly Rule InvalidJson = new("LBX0001", RuleSeverity.Error, Manifest,
        "Manifest is not valid JSON", "Not valid JSON: {0}", stopsLoading: true);

    public static readonly Rule InvalidRoot = new("LBX0002", RuleSeverity.Error, Manifest,
        "Manifest root must be an array of rows or an object with \"rows\"",
        "The manifest must be an array of rows or an object with a \"rows\" array, but {0}", stopsLoading: true);

    public static readonly Rule UnknownProperty = new("LBX0003", RuleSeverity.Error, Manifest,
        "Unknown property", "Unknown property '{0}' in {1}; {2}", RuleFix.SuggestedName);

    public static readonly Rule WrongJsonType = new("LBX0004", RuleSeverity.Error, Manifest,
        "Wrong JSON type", "'{0}' must be {1}, not {2}", stopsLoading: true);

    public static readonly Rule DuplicateProperty = new("LBX0005", RuleSeverity.Error, Manifest,
        "Duplicate property", "Property '{0}' appears more than once in this object and only the last one would count; remove the duplicate");

    public static readonly Rule NoRows = new("LBX0006", RuleSeverity.Warning, Manifest,
        "Manifest has no rows", "The manifest has no rows, so importing it does nothing; add rows or delete the file");

    public static readonly Rule OverLimit = new("LBX0007", RuleSeverity.Error, Manifest,
        "Manifest over a size or nesting limit", "{0}", stopsLoading: true);

    public static readonly Rule ProblemsLeftOut = new("LBX0008", RuleSeverity.Warning, Manifest,
        "Manifest diagnostics left out",
        "{0} more diagnostic(s), from here on in {1} manifest(s) (in path order), are not listed, as {2} is {3}; fix the ones listed, or run lbx validate to list every one");

    public static readonly Rule MissingRowData = new("LBX0101", RuleSeverity.Error, RowData,
        "row_data is missing", "The row has no row_data; add \"row_data\" with the https URL or the local path of the image", stopsLoading: true);

    public static readonly Rule NotHttps = new("LBX0102", RuleSeverity.Error, RowData,
        "row_data must be an https URL", "row_data must be an https URL; {0}",
        RuleFix.CorrectedValue, twin: new RuleTwin(ConstantNotHttps, "row_data", "{0}"));

    public static readonly Rule S3PathStyle = new("LBX0103", RuleSeverity.Warning, RowData,
        "S3 path-style URL", S3PathStyleMessage,
        RuleFix.CorrectedValue, twin: new RuleTwin(ConstantS3PathStyle, "{0}", "{1}"));

    public static readonly Rule UnsupportedExtension = new("LBX0104", RuleSeverity.Warning, RowData,
        "Not a JPG, PNG or BMP file", UnsupportedExtensionMessage,
        twin: new RuleTwin(ConstantExtension, "{0}", "{1}"));

    public static readonly Rule WhitespaceInRowData = new("LBX0105", RuleSeverity.Error, RowData,
        "row_data contains whitespace or control characters",
        "row_data contains {0} at position {1}; remove it, or percent-encode it inside a URL (' ' is '%20')",
        RuleFix.CorrectedValue);

    public static readonly Rule MissingScheme = new("LBX0107", RuleSeverity.Warning, RowData,
        "row_data looks like a host name without https://",
        "'{0}' looks like a host name without a scheme, so it would be uploaded as a local file; use '{1}'",
        RuleFix.CorrectedValue);

    public static readonly Rule DuplicateGlobalKey = new("LBX0201", RuleSeverity.Error, GlobalKeys,
        "Duplicate global key",
        "global_key '{0}' is already used by the row at {1}; global keys are unique in a Labelbox organization (ignoring case), so this row would not be imported; change one of them",
        reporting: RuleReporting.PerFileAndAtCompilationEnd);

    public static readonly Rule InvalidGlobalKey = new("LBX0202", RuleSeverity.Error, GlobalKeys,
        "Invalid global key", "global_key '{0}' is invalid: {1}");

    public static readonly Rule NoGlobalKey = new("LBX0203", RuleSeverity.Info, GlobalKeys,
        "Rows without a global key",
        "{0} row(s) in this manifest have no global_key, so importing it again creates them again; give each row a unique global_key");

    public static readonly Rule UnknownMediaType = new("LBX0301", RuleSeverity.Error, Media,
        "Unknown media type", "media_type '{0}' is not a Labelbox media type; {1}", RuleFix.SuggestedName, stopsLoading: true);

    public static readonly Rule MetadataNameOrId = new("LBX0401", RuleSeverity.Error, Metadata,
        "Metadata field needs a name or a schema_id",
        "A metadata field needs \"name\" (e.g. \"tag\") or \"schema_id\" to say which field it sets");

    public static readonly Rule UnknownMetadataName = new("LBX0402", RuleSeverity.Error, Metadata,
        "Unknown metadata field name",
        "There is no metadata field named '{0}'; {1}", RuleFix.SuggestedName);

    public static readonly Rule UnknownSchemaId = new("LBX0403", RuleSeverity.Error, Metadata,
        "Unknown metadata schema id",
        "Schema id '{0}' is not a reserved metadata field nor one declared in labelbox.metadata.json; {1}");

    public static readonly Rule MetadataValueKind = new("LBX0404", RuleSeverity.Error, Metadata,
        "Metadata value does not fit the field's kind",
        "The value of metadata field '{0}' ({1}) {2}",
        stopsLoading: true, twin: new RuleTwin(ConstantMetadataValue, "{0}", "({1}) {2}"));

    public static readonly Rule MetadataStringTooLong = new("LBX0405", RuleSeverity.Error, Metadata,
        "Metadata string too long",
        "The value of metadata field '{0}' is {1} characters long; Labelbox allows at most {2}, so shorten it",
        twin: new RuleTwin(ConstantMetadataValue, "{0}", "is {1} characters long; Labelbox allows at most {2}, so shorten it"));

    public static readonly Rule EmbeddingDimension = new("LBX0406", RuleSeverity.Error, Metadata,
        "Embedding has the wrong dimension",
        "Embedding field '{0}' takes exactly {1} numbers, but this value has {2}",
        twin: new RuleTwin(ConstantMetadataValue, "{0}", "has {2} numbers, but the embedding field takes exactly {1}"));

    public static readonly Rule RepeatedMetadataField = new("LBX0407", RuleSeverity.Warning, Metadata,
        "Metadata field set twice on a row",
        "Metadata field '{0}' is already set on this row at {1}; Labelbox rejects a row that sets a field twice, so keep one");

    public static readonly Rule NameAndIdDisagree = new("LBX0408", RuleSeverity.Error, Metadata,
        "Metadata name and schema_id disagree",
        "\"name\": '{0}' and \"schema_id\": '{1}' are different fields ('{1}' is '{2}'); keep only the one you mean");

    public static readonly Rule AttachmentIncomplete = new("LBX0501", RuleSeverity.Error, Attachments,
        "Attachment needs a type and a value", "An attachment needs \"type\" and a non-empty \"value\"; {0}", stopsLoading: true);

    public static readonly Rule UnknownAttachmentType = new("LBX0502", RuleSeverity.Error, Attachments,
        "Unknown attachment type", "Attachment type '{0}' is not one Labelbox knows; {1}", RuleFix.SuggestedName, stopsLoading: true);

    public static readonly Rule AttachmentNotHttps = new("LBX0503", RuleSeverity.Error, Attachments,
        "Attachment URL must be https", "The value of {0} attachments must be an https URL; {1}",
        RuleFix.CorrectedValue, twin: new RuleTwin(ConstantNotHttps, "The value of {0} attachments", "{1}"));

    public static readonly Rule EmptyRawText = new("LBX0504", RuleSeverity.Error, Attachments,
        "RAW_TEXT attachment is empty", "A RAW_TEXT attachment needs the text itself in \"value\"; add the text or remove the attachment");

    public static readonly Rule InvalidSchemaFile = new("LBX0601", RuleSeverity.Error, Schema,
        "labelbox.metadata.json is invalid", "labelbox.metadata.json is invalid: {0}");

    public static readonly Rule RedefinedField = new("LBX0602", RuleSeverity.Error, Schema,
        "Metadata field redefines a reserved or earlier field", "Metadata field '{0}' {1}");

    public static readonly Rule BadFieldKind = new("LBX0603", RuleSeverity.Error, Schema,
        "Metadata field kind is invalid", "Metadata field '{0}': {1}");

    public static readonly Rule NotPartial = new("LBX1001", RuleSeverity.Error, DataRowType,
        "[LabelboxDataRow] type must be partial",
        "{0} must be partial so ManifestGen can add ToDataRowSpec() and the import JSON writer to it; add the 'partial' modifier");

    public static readonly Rule RowDataCount = new("LBX1002", RuleSeverity.Error, DataRowType,
        "[LabelboxDataRow] type needs exactly one [RowData] member",
        "'{0}' {1}; a [LabelboxDataRow] type needs exactly one [RowData] member with the image's https URL or local file path");

    public static readonly Rule RowDataType = new("LBX1003", RuleSeverity.Error, DataRowType,
        "[RowData] member has the wrong type",
        "[RowData] member '{0}' {1}; use a readable instance property or field of type string, System.Uri or System.IO.FileInfo");

    public static readonly Rule GlobalKeyMember = new("LBX1004", RuleSeverity.Error, DataRowType,
        "[GlobalKey] member has the wrong type or is not the only one",
        "[GlobalKey] member '{0}' {1}; a row has at most one global key, a readable instance string property or field");

    public static readonly Rule UnknownMetadataField = new("LBX1005", RuleSeverity.Error, DataRowType,
        "Unknown metadata field",
        "There is no metadata field named '{0}' among Labelbox's reserved fields or in labelbox.metadata.json; {1}");

    public static readonly Rule MetadataMemberType = new("LBX1006", RuleSeverity.Error, DataRowType,
        "Member type does not fit the metadata field's kind",
        "[Metadata(\"{0}\")] member '{1}' {2}, but '{0}' is {3} field, which takes {4}");

    public static readonly Rule EnumOptionsMismatch = new("LBX1007", RuleSeverity.Error, DataRowType,
        "Enum members do not match the metadata field's options",
        "Enum '{0}' does not match the options of metadata field '{1}': {2}");

    public static readonly Rule AttachmentMemberType = new("LBX1008", RuleSeverity.Error, DataRowType,
        "[Attachment] member has the wrong type",
        "[Attachment] member '{0}' {1}; {2}");

    public static readonly Rule NoGlobalKeyMember = new("LBX1009", RuleSeverity.Warning, DataRowType,
        "[LabelboxDataRow] type has no [GlobalKey]",
        "'{0}' has no [GlobalKey] member, so importing its rows again creates them again; mark a unique string member [GlobalKey]");

    public static readonly Rule MetadataFieldTwice = new("LBX1010", RuleSeverity.Error, DataRowType,
        "Metadata field on two members",
        "[Metadata(\"{0}\")] is on '{1}' and on '{2}'; Labelbox rejects a row that sets a field twice, so keep one of them");

    public static readonly Rule RefStructDataRow = new("LBX1011", RuleSeverity.Error, DataRowType,
        "[LabelboxDataRow] type is a ref struct",
        "'{0}' is a ref struct, which cannot be a row: the import writers take rows as type arguments and hold them on the heap; remove 'ref' or copy the values into a class, record or struct");

    public static readonly Rule GeneratedNameTaken = new("LBX1012", RuleSeverity.Error, DataRowType,
        "Member has the name of a generated member",
        "'{0}' declares '{1}', which ManifestGen adds to a [LabelboxDataRow] type ({2}); rename yours, or remove it and use the generated one");

    public static readonly Rule ConstantGlobalKey = new("LBX2004", RuleSeverity.Error, Literals,
        "Constant global key is invalid",
        "Global key '{0}' is invalid: {1}");

    public static readonly Rule ConstantGlobalKeyTwice = new("LBX2005", RuleSeverity.Error, Literals,
        "Same constant global key twice",
        "Global key '{0}' is already used at {1}; global keys are unique in a Labelbox organization (ignoring case), so one of the rows would not be imported; change one of them",
        reporting: RuleReporting.AtCompilationEnd);

    public static readonly Rule HardCodedApiKey = new("LBX2006", RuleSeverity.Warning, Literals,
        "Labelbox API key in source code",
        "{0} looks like a Labelbox API key written into the code, where anyone who reads the source or the assembly can use it; read it from the LABELBOX_API_KEY environment variable or a secret store, and revoke this key");

    /// <summary>Every rule above, in id order.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[]
    {
        InvalidJson, InvalidRoot, UnknownProperty, WrongJsonType, DuplicateProperty, NoRows, OverLimit, ProblemsLeftOut,
        MissingRowData, NotHttps, S3PathStyle, UnsupportedExtension, WhitespaceInRowData, MissingScheme,
        DuplicateGlobalKey, InvalidGlobalKey, NoGlobalKey,
        UnknownMediaType,
        MetadataNameOrId, UnknownMetadataName, UnknownSchemaId, MetadataValueKind, MetadataStringTooLong,
        EmbeddingDimension, RepeatedMetadataField, NameAndIdDisagree,
        AttachmentIncomplete, UnknownAttachmentType, AttachmentNotHttps, EmptyRawText,
        InvalidSchemaFile, RedefinedField, BadFieldKind,
        NotPartial, RowDataCount, RowDataType, GlobalKeyMember, UnknownMetadataField, MetadataMemberType,
        EnumOptionsMismatch, AttachmentMemberType, NoGlobalKeyMember, MetadataFieldTwice, RefStructDataRow,
        GeneratedNameTaken,
        ConstantNotHttps, ConstantS3PathStyle, ConstantExtension, ConstantGlobalKey, ConstantGlobalKeyTwice,
        HardCodedApiKey, ConstantMetadataValue,
    };

    /// <summary>The rules reported in C# code (LBX1xxx, LBX2xxx), not in `.lbx.json` or labelbox.metadata.json.</summary>
    public static bool IsInCode(Rule rule) => rule.Category is DataRowType or Literals;

    /// <summary>The rules with a code fix, in code or in the project's JSON files.</summary>
    public static IEnumerable<Rule> Fixable(bool inCode)
    {
        foreach (Rule rule in All)
        {
            if (rule.Fix != RuleFix.None && IsInCode(rule) == inCode)
            {
                yield return rule;
            }
        }
    }
}
