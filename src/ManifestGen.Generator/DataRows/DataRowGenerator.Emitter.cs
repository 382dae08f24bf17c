using System.Globalization;
using System.Linq;
using System.Text;
using ManifestGen.Generator.Emit;
using ManifestGen.Generator.Model;
using ManifestGen.Rules.Attachments;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.DataRows;

/// <summary>
/// Writes a [LabelboxDataRow] type's other half: <c>ToDataRowSpec()</c> and <c>WriteImportJson</c>, both
/// from one generated method that describes the row to a sink, so the two cannot disagree. Every
/// name and value is written through <see cref="CSharpText"/>, so none of it can become code.
/// </summary>
public sealed partial class DataRowGenerator
{
    private const string Prefix = "__ManifestGen";
    private const string Runtime = "global::ManifestGen.GeneratedCode.";

    internal static string HintName(DataRowTypeModel type)
    {
        var sb = new StringBuilder();
        if (type.Namespace.Length > 0)
        {
            sb.Append(type.Namespace.Replace("@", "")).Append('.');
        }

        foreach (TypeDeclarationModel container in type.Containers)
        {
            sb.Append(container.DisplayName).Append('+');
        }

        sb.Append(type.Type.DisplayName);
        for (int i = 0; i < sb.Length; i++)
        {
            if (!char.IsLetterOrDigit(sb[i]) && sb[i] != '.' && sb[i] != '+' && sb[i] != '_')
            {
                sb[i] = '_';
            }
        }

        return sb.Append(".g.cs").ToString();
    }

    internal static SourceText Emit(DataRowTypeSpec spec) =>
        GeneratedFile.Write(spec.Type.Namespace, w =>
        {
            foreach (TypeDeclarationModel container in spec.Type.Containers)
            {
                w.Open(container.PartialKeyword + " " + container.Name);
            }

            w.Open(spec.Type.Type.PartialKeyword + " " + spec.Type.Type.Name + " : global::ManifestGen.ILabelboxDataRow");
            EmitKeys(w, spec);
            EmitPublicMethods(w);
            EmitDescribe(w, spec);
            EmitOptionMaps(w, spec);
            w.Close();
            foreach (TypeDeclarationModel unused in spec.Type.Containers)
            {
                w.Close();
            }
        });

    private static void EmitKeys(IndentedWriter w, DataRowTypeSpec spec)
    {
        for (int i = 0; i < spec.Metadata.Count; i++)
        {
            MetadataMemberSpec field = spec.Metadata[i];
            string dimensions = field.Dimensions > 0 ? ", " + field.Dimensions.ToString(CultureInfo.InvariantCulture) : "";
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Line("private static readonly " + Runtime + "MetadataKey " + MetadataKey(i) + " = " + Runtime + "MetadataKey.Create("
                + CSharpText.Literal(field.FieldName) + ", " + CSharpText.Literal(field.SchemaId) + ", " + Describe(spec, field.Member) + dimensions + ");");
            for (int c = 0; c < field.EnumCases.Count; c++)
            {
                w.Line(GeneratedFile.GeneratedCodeAttribute);
                w.Line("private static readonly " + Runtime + "EncodedOption " + OptionField(i, c) + " = new " + Runtime + "EncodedOption("
                    + CSharpText.Literal(field.EnumCases[c].OptionValue) + ");");
            }
        }

        for (int i = 0; i < spec.Attachments.Count; i++)
        {
            DataRowMemberModel attachment = spec.Attachments[i];
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Line("private static readonly " + Runtime + "AttachmentKey " + Prefix + "Attachment" + i.ToString(CultureInfo.InvariantCulture) + " = " + Runtime
                + "AttachmentKey.Create(global::ManifestGen.AttachmentType." + DataRowTypeRules.MemberName(AttachmentTypes.All[attachment.AttachmentType])
                + ", " + CSharpText.Literal(attachment.Argument) + ", " + Describe(spec, attachment) + ");");
        }

        if (spec.Metadata.Count + spec.Attachments.Count > 0)
        {
            w.Line();
        }
    }

    private static void EmitPublicMethods(IndentedWriter w)
    {
        EmitSinkMethod(w, "public global::ManifestGen.DataRowSpec " + TypeNames.ToDataRowSpec + "()", "DataRowSpecSink()", "return sink.ToDataRowSpec();");
        EmitSinkMethod(w, "public void " + TypeNames.WriteImportJson + "(global::System.Text.Json.Utf8JsonWriter writer)", "DataRowJsonSink(writer)", "sink.End();");

        // The bulk writer's compact path: pre-encoded parts straight into its buffer.
        EmitSinkMethod(w, "void global::ManifestGen.ILabelboxDataRow.WriteImportJson(" + Runtime + "ImportJsonBuffer buffer)", "DataRowBufferSink(buffer)", "sink.End();");
    }

    // Each public member is the one description of the row, given to its own sink.
    private static void EmitSinkMethod(IndentedWriter w, string signature, string sink, string finish)
    {
        w.Line("/// <inheritdoc/>");
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open(signature);
        w.Line("var sink = new " + Runtime + sink + ";");
        w.Line(Prefix + "Describe(ref sink);");
        w.Line(finish);
        w.Close();
        w.Line();
    }

    private static void EmitDescribe(IndentedWriter w, DataRowTypeSpec spec)
    {
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Line("private void " + Prefix + "Describe<TSink>(ref TSink sink)");
        w.Line("    where TSink : struct, " + Runtime + "IDataRowSink");
        w.Open();
        DataRowMemberModel rowData = spec.RowData;
        w.Line("sink.RowData(" + Cast(rowData) + Access(rowData) + ", " + Describe(spec, rowData) + ");");
        if (spec.GlobalKey != null)
        {
            w.Line("sink.GlobalKey((string?)" + Access(spec.GlobalKey) + ", " + Describe(spec, spec.GlobalKey) + ");");
        }

        for (int i = 0; i < spec.Metadata.Count; i++)
        {
            DataRowMemberModel member = spec.Metadata[i].Member;
            string key = MetadataKey(i);
            string value = member.Shape == ValueShape.Enum
                ? member.IsNullableValue
                    ? Access(member) + ".HasValue ? " + OptionMap(i) + "(" + Access(member) + ".Value) : null"
                    : OptionMap(i) + "(" + Access(member) + ")"
                : Cast(member) + Access(member);
            string method = member.Shape is ValueShape.DoubleSequence or ValueShape.FloatSequence ? "Embedding" : "Metadata";
            w.Line("sink." + method + "(" + key + ", " + value + ");");
        }

        for (int i = 0; i < spec.Attachments.Count; i++)
        {
            DataRowMemberModel member = spec.Attachments[i];
            w.Line("sink.Attachment(" + Prefix + "Attachment" + i.ToString(CultureInfo.InvariantCulture) + ", " + Cast(member) + Access(member) + ");");
        }

        w.Close();
    }

    private static void EmitOptionMaps(IndentedWriter w, DataRowTypeSpec spec)
    {
        for (int i = 0; i < spec.Metadata.Count; i++)
        {
            MetadataMemberSpec field = spec.Metadata[i];
            if (field.Member.Shape != ValueShape.Enum)
            {
                continue;
            }

            w.Line();
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Open("private static " + Runtime + "EncodedOption " + OptionMap(i) + "(" + field.Member.TypeName + " value)");
            w.Open("switch (value)");
            for (int c = 0; c < field.EnumCases.Count; c++)
            {
                w.Line("case " + field.Member.TypeName + "." + CSharpText.Identifier(field.EnumCases[c].EnumMember) + ": return " + OptionField(i, c) + ";");
            }

            w.Line("default: throw " + MetadataKey(i) + ".UndefinedOption(value);");
            w.Close();
            w.Close();
        }
    }

    private static string MetadataKey(int index) => Prefix + "Metadata" + index.ToString(CultureInfo.InvariantCulture);

    private static string OptionMap(int index) => Prefix + "Option" + index.ToString(CultureInfo.InvariantCulture);

    private static string OptionField(int index, int option) =>
        OptionMap(index) + "_" + option.ToString(CultureInfo.InvariantCulture);

    private static string Access(DataRowMemberModel member) => "this." + CSharpText.Identifier(member.Name);

    private static string Describe(DataRowTypeSpec spec, DataRowMemberModel member) =>
        CSharpText.Literal(spec.Type.Type.DisplayName + "." + member.Name);

    // An explicit cast to the sink parameter's type picks the overload without relying on conversions.
    private static string Cast(DataRowMemberModel member) => member.Shape switch
    {
        ValueShape.String => "(string?)",
        ValueShape.Uri => "(global::System.Uri?)",
        ValueShape.FileInfo => "(global::System.IO.FileInfo?)",
        ValueShape.Number => "(double?)",
        ValueShape.DateTimeOffset => "(global::System.DateTimeOffset?)",
        ValueShape.DateTime => "(global::System.DateTime?)",
        ValueShape.DoubleSequence => "(global::System.Collections.Generic.IEnumerable<double>?)",
        ValueShape.FloatSequence => "(global::System.Collections.Generic.IEnumerable<float>?)",
        _ => "(global::ManifestGen.MetadataOption?)",
    };
}
