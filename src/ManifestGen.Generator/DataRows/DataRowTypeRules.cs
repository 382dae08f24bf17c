using System;
using System.Collections.Generic;
using System.Linq;
using ManifestGen.Generator.Metadata;
using ManifestGen.Generator.Model;
using ManifestGen.Rules.Attachments;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Text;

namespace ManifestGen.Generator.DataRows;

/// <summary>
/// The rules for a [LabelboxDataRow] type (LBX1001–LBX1012), over the parsed model and the metadata
/// schema. The analyzer reports the problems; the generator emits the spec when there is no error.
/// </summary>
internal static class DataRowTypeRules
{
    public static (DataRowTypeSpec? Spec, List<DataRowFinding> Problems) Run(DataRowTypeModel type, EquatableArray<MetadataFieldSpec> fields)
    {
        var problems = new List<DataRowFinding>();
        string typeName = type.Type.DisplayName;
        for (int i = 0; i < type.Containers.Count; i++)
        {
            if (!type.Containers[i].IsPartial)
            {
                problems.Add(new DataRowFinding(RuleCatalog.NotPartial, ProblemTarget.Container,
                    new[] { "'" + type.Containers[i].DisplayName + "', which contains the [LabelboxDataRow] type '" + typeName + "'," }, Container: i));
            }
        }

        if (!type.Type.IsPartial)
        {
            problems.Add(new DataRowFinding(RuleCatalog.NotPartial, ProblemTarget.Type, new[] { "'" + typeName + "'" }));
        }

        if (type.Type.Keyword == TypeDeclarationModel.RefStruct)
        {
            problems.Add(new DataRowFinding(RuleCatalog.RefStructDataRow, ProblemTarget.Type, new[] { typeName }));
        }

        foreach (string name in type.TakenNames)
        {
            problems.Add(new DataRowFinding(RuleCatalog.GeneratedNameTaken, ProblemTarget.TakenName,
                new[] { typeName, name, name == TypeNames.ToDataRowSpec ? "DataRowSpec ToDataRowSpec()" : "void WriteImportJson(Utf8JsonWriter)" }, name));
        }

        DataRowMemberModel? rowData = CheckRowData(type, problems);
        DataRowMemberModel? globalKey = CheckGlobalKey(type, problems);
        var metadata = new List<MetadataMemberSpec>();
        var firstByField = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DataRowMemberModel member in type.Members.Where(m => m.Role == MemberRole.Metadata))
        {
            MetadataMemberSpec? spec = CheckMetadata(member, fields, problems);
            if (member.Argument is { } field && fields.Any(f => string.Equals(f.Name, field, StringComparison.Ordinal)) && !SetOnce(member, field, firstByField, problems))
            {
                continue;
            }

            if (spec != null)
            {
                metadata.Add(spec);
            }
        }

        var attachments = type.Members.Where(m => m.Role == MemberRole.Attachment && CheckAttachment(m, problems)).ToArray();
        bool failed = problems.Any(p => p.Rule.Severity == RuleSeverity.Error);
        DataRowTypeSpec? result = failed || rowData == null
            ? null
            : new DataRowTypeSpec(type, rowData, globalKey, new EquatableArray<MetadataMemberSpec>(metadata.ToArray()), new EquatableArray<DataRowMemberModel>(attachments));
        return (result, problems);
    }

    private static DataRowMemberModel? CheckRowData(DataRowTypeModel type, List<DataRowFinding> problems)
    {
        DataRowMemberModel[] all = type.Members.Where(m => m.Role == MemberRole.RowData).ToArray();
        if (all.Length == 0)
        {
            problems.Add(new DataRowFinding(RuleCatalog.RowDataCount, ProblemTarget.Type, new[] { type.Type.DisplayName, "has no [RowData] member" }));
            return null;
        }

        for (int i = 1; i < all.Length; i++)
        {
            problems.Add(new DataRowFinding(RuleCatalog.RowDataCount, ProblemTarget.Member,
                new[] { type.Type.DisplayName, "has [RowData] on '" + all[0].Name + "' and on '" + all[i].Name + "'" }, all[i].Name, MemberRole.RowData));
        }

        DataRowMemberModel member = all[0];
        string? wrong = member.NotReadable
            ?? (member.Shape is ValueShape.String or ValueShape.Uri or ValueShape.FileInfo ? null : IsOfType(member));
        if (wrong != null)
        {
            problems.Add(new DataRowFinding(RuleCatalog.RowDataType, ProblemTarget.Member, new[] { member.Name, wrong }, member.Name, MemberRole.RowData));
            return null;
        }

        return all.Length == 1 ? member : null;
    }

    private static DataRowMemberModel? CheckGlobalKey(DataRowTypeModel type, List<DataRowFinding> problems)
    {
        DataRowMemberModel[] all = type.Members.Where(m => m.Role == MemberRole.GlobalKey).ToArray();
        if (all.Length == 0)
        {
            problems.Add(new DataRowFinding(RuleCatalog.NoGlobalKeyMember, ProblemTarget.Type, new[] { type.Type.DisplayName }));
            return null;
        }

        DataRowMemberModel first = all[0];
        string? wrong = first.NotReadable ?? (first.Shape == ValueShape.String ? null : IsOfType(first));
        if (wrong != null)
        {
            problems.Add(new DataRowFinding(RuleCatalog.GlobalKeyMember, ProblemTarget.Member, new[] { first.Name, wrong }, first.Name, MemberRole.GlobalKey));
        }

        for (int i = 1; i < all.Length; i++)
        {
            problems.Add(new DataRowFinding(RuleCatalog.GlobalKeyMember, ProblemTarget.Member,
                new[] { all[i].Name, "is a second [GlobalKey] ('" + first.Name + "' is the first)" }, all[i].Name, MemberRole.GlobalKey));
        }

        return first;
    }

    private static MetadataMemberSpec? CheckMetadata(DataRowMemberModel member, EquatableArray<MetadataFieldSpec> fields, List<DataRowFinding> problems)
    {
        string name = member.Argument ?? "";
        MetadataFieldSpec? field = fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
        if (field == null)
        {
            string[] names = fields.Select(f => f.Name).Distinct(StringComparer.Ordinal).ToArray();
            string hint = Suggestions.Closest(name, names) is { } closest
                ? "did you mean '" + closest + "'?"
                : "use a reserved field (" + string.Join(", ", fields.Where(f => f.Reserved).Select(f => f.Name)) + ") or declare it in labelbox.metadata.json";
            problems.Add(new DataRowFinding(RuleCatalog.UnknownMetadataField, ProblemTarget.AttributeArgument, new[] { name, hint }, member.Name, MemberRole.Metadata));
            return null;
        }

        MetadataKind kind = field.Kind;
        bool fits = member.NotReadable == null && kind switch
        {
            MetadataKind.String => member.Shape == ValueShape.String,
            MetadataKind.Number => member.Shape == ValueShape.Number,
            MetadataKind.DateTime => member.Shape is ValueShape.DateTimeOffset or ValueShape.DateTime,
            MetadataKind.Enum => member.Shape is ValueShape.Enum or ValueShape.Option or ValueShape.Unresolved,
            _ => member.Shape is ValueShape.DoubleSequence or ValueShape.FloatSequence,
        };
        if (!fits)
        {
            problems.Add(new DataRowFinding(RuleCatalog.MetadataMemberType, ProblemTarget.Member,
                new[] { name, member.Name, member.NotReadable ?? IsOfType(member), KindArticle(kind), Takes(field, fields) }, member.Name, MemberRole.Metadata));
            return null;
        }

        // Set by schema id only when the options have ids too: a field set by id takes option ids.
        bool byId = field.SchemaId != null && (kind != MetadataKind.Enum || field.Options.All(o => o.SchemaId != null));
        EnumCaseSpec[]? cases = member.Shape == ValueShape.Enum ? EnumCases(member, field, byId, problems) : Array.Empty<EnumCaseSpec>();
        if (cases == null)
        {
            return null;
        }

        return new MetadataMemberSpec(member, field.Name, byId ? field.SchemaId : null, field.Dimensions, new EquatableArray<EnumCaseSpec>(cases));
    }

    /// <summary>Whether <paramref name="member"/> is the first to set <paramref name="field"/>; a later one is reported at itself.</summary>
    private static bool SetOnce(DataRowMemberModel member, string field, Dictionary<string, string> firstByField, List<DataRowFinding> problems)
    {
        if (!firstByField.TryGetValue(field, out string? first))
        {
            firstByField.Add(field, member.Name);
            return true;
        }

        problems.Add(new DataRowFinding(RuleCatalog.MetadataFieldTwice, ProblemTarget.Member, new[] { field, first, member.Name }, member.Name, MemberRole.Metadata));
        return false;
    }

    private static EnumCaseSpec[]? EnumCases(DataRowMemberModel member, MetadataFieldSpec field, bool byId, List<DataRowFinding> problems)
    {
        string options = string.Join(", ", field.Options.Select(o => o.Name));
        var cases = new List<EnumCaseSpec>();
        var wrong = new List<string>();
        foreach (string enumMember in member.EnumMembers)
        {
            MetadataOptionSpec[] matches = field.Options.Where(o => Normalize(o.Name) == Normalize(enumMember)).ToArray();
            if (matches.Length == 1)
            {
                cases.Add(new EnumCaseSpec(enumMember, byId ? matches[0].SchemaId! : matches[0].Name));
            }
            else if (matches.Length > 1)
            {
                wrong.Add("member '" + enumMember + "' matches more than one option (" + string.Join(", ", matches.Select(o => "'" + o.Name + "'")) + ")");
            }
            else
            {
                string? closest = Suggestions.Closest(enumMember, field.Options.Select(o => o.Name));
                wrong.Add("member '" + enumMember + "' is not an option" + (closest == null ? "" : " (did you mean '" + closest + "'?)"));
            }
        }

        if (member.EnumDuplicate != null)
        {
            wrong.Add("members " + member.EnumDuplicate + " have the same value");
        }

        if (member.EnumMembers.Count == 0)
        {
            wrong.Add("it has no members");
        }

        if (wrong.Count > 0)
        {
            problems.Add(new DataRowFinding(RuleCatalog.EnumOptionsMismatch, ProblemTarget.Member,
                new[] { member.TypeDisplay.TrimEnd('?'), field.Name, string.Join("; ", wrong) + "; its options are " + options }, member.Name, MemberRole.Metadata));
            return null;
        }

        return cases.ToArray();
    }

    private static bool CheckAttachment(DataRowMemberModel member, List<DataRowFinding> problems)
    {
        if (member.AttachmentType < 0 || member.AttachmentType >= AttachmentTypes.All.Count)
        {
            problems.Add(new DataRowFinding(RuleCatalog.AttachmentMemberType, ProblemTarget.AttributeArgument,
                new[] { member.Name, "has an attachment type that is not an AttachmentType member", "use one of " + string.Join(", ", AttachmentTypes.All.Select(MemberName)) },
                member.Name, MemberRole.Attachment));
            return false;
        }

        string wire = AttachmentTypes.All[member.AttachmentType];
        bool takesUrl = AttachmentTypes.TakesUrl(wire);
        string? wrong = member.NotReadable
            ?? (member.Shape == ValueShape.String || (takesUrl && member.Shape == ValueShape.Uri) ? null : IsOfType(member));
        if (wrong == null)
        {
            return true;
        }

        string article = "AEIOU".IndexOf(wire[0]) >= 0 ? "an " : "a ";
        string takes = article + wire + (takesUrl ? " attachment takes an https URL, as a string or System.Uri" : " attachment takes the text itself, as a string");
        problems.Add(new DataRowFinding(RuleCatalog.AttachmentMemberType, ProblemTarget.Member, new[] { member.Name, wrong, takes }, member.Name, MemberRole.Attachment));
        return false;
    }

    /// <summary>IMAGE_OVERLAY → ImageOverlay, the AttachmentType member.</summary>
    public static string MemberName(string wire) => Emit.CSharpText.PascalIdentifier(wire.ToLowerInvariant(), "Image");

    private static string IsOfType(DataRowMemberModel member) => "is of type '" + member.TypeDisplay + "'";

    private static string KindArticle(MetadataKind kind) => kind == MetadataKind.Enum || kind == MetadataKind.Embedding
        ? "an " + MetadataKinds.FileName(kind)
        : "a " + MetadataKinds.FileName(kind);

    private static string Takes(MetadataFieldSpec field, EquatableArray<MetadataFieldSpec> fields) => field.Kind switch
    {
        MetadataKind.String => "a string",
        MetadataKind.Number => "a number (any numeric type)",
        MetadataKind.DateTime => "a DateTimeOffset or DateTime",
        MetadataKind.Enum => "a C# enum whose members are its options (" + string.Join(", ", field.Options.Select(o => o.Name)) + ") or its generated option type, "
            + MetadataGenerator.ClassName + "." + MetadataGenerator.Names(fields).OptionTypes[Array.IndexOf(fields.ToArray(), field)],
        _ => "a sequence of double or float (e.g. float[]) of " + field.Dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture) + " numbers",
    };

    // Enum members match options ignoring case and punctuation: Train ↔ "train", NotSure ↔ "not-sure".
    private static string Normalize(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
