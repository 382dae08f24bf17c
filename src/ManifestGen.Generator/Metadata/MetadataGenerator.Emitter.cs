using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ManifestGen.Generator.Emit;
using ManifestGen.Generator.Model;
using ManifestGen.Rules.Metadata;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Metadata;

public sealed partial class MetadataGenerator
{
    internal const string HintName = "LabelboxMetadata.g.cs";
    internal const string ClassName = "LabelboxMetadata";

    /// <summary>The option type's list of all its options.</summary>
    private const string AllOptions = "All";

    /// <summary>What an option type's name adds to its field's property name: <c>Split</c>'s options are <c>SplitOption</c>.</summary>
    private const string OptionSuffix = "Option";

    internal static SourceText Emit(EquatableArray<MetadataFieldSpec> fields, GeneratorSettings settings) =>
        GeneratedFile.Write(settings.Namespace, w =>
        {
            string outer = (settings.Namespace.Length > 0 ? "global::" + settings.Namespace + "." : "global::") + ClassName + ".";

            (string[] properties, string?[] optionTypes) = Names(fields);

            w.Line("/// <summary>");
            w.Line("/// The Labelbox metadata fields this project can set: the reserved ones and those declared in");
            w.Line("/// labelbox.metadata.json. Each field's value type is fixed by its kind; an enum field's options");
            w.Line("/// are the nested type named after it (<c>SplitOption</c> for <c>Split</c>).");
            w.Line("/// </summary>");
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Open("internal static partial class " + ClassName);
            for (int i = 0; i < fields.Count; i++)
            {
                MetadataFieldSpec field = fields[i];
                string args = CSharpText.Literal(field.Name) + ", " + CSharpText.Literal(field.SchemaId);
                string optionType = outer + optionTypes[i];
                (string type, string create) = field.Kind switch
                {
                    MetadataKind.String => ("global::ManifestGen.MetadataField<string>", "String(" + args + ")"),
                    MetadataKind.Number => ("global::ManifestGen.MetadataField<double>", "Number(" + args + ")"),
                    MetadataKind.DateTime => ("global::ManifestGen.MetadataField<global::System.DateTimeOffset>", "DateTime(" + args + ")"),
                    MetadataKind.Embedding => ("global::ManifestGen.EmbeddingMetadataField",
                        "Embedding(" + CSharpText.Literal(field.Name) + ", " + field.Dimensions.ToString(CultureInfo.InvariantCulture) + ", " + CSharpText.Literal(field.SchemaId) + ")"),
                    _ => ("global::ManifestGen.EnumMetadataField<" + optionType + ">", "Enum(" + args + ", " + optionType + "." + AllOptions + ")"),
                };

                if (i > 0)
                {
                    w.Line();
                }

                w.Line("/// <summary>" + (field.Reserved ? "Reserved field" : "Field") + " <c>" + CSharpText.XmlDoc(field.Name) + "</c> ("
                    + MetadataKinds.FileName(field.Kind) + ").</summary>");
                w.Line("public static " + type + " " + properties[i] + " { get; } = global::ManifestGen.MetadataField." + create + ";");
            }

            for (int i = 0; i < fields.Count; i++)
            {
                if (optionTypes[i] is { } optionType)
                {
                    w.Line();
                    EmitOptionType(w, fields[i], optionType, outer + optionType);
                }
            }

            w.Close();
        });

    /// <summary>
    /// Each field's property and, for an enum field, its option type's name. The option types are nested, so no
    /// type of the user's can share their names; within the class the properties are named first, so declaring an
    /// enum field never renames another field's property.
    /// </summary>
    internal static (string[] Properties, string?[] OptionTypes) Names(EquatableArray<MetadataFieldSpec> fields)
    {
        var names = new MemberNames(ClassName);
        string[] properties = fields.Select(f => names.Claim(CSharpText.PascalIdentifier(f.Name, "Field"))).ToArray();
        string?[] optionTypes = fields.Select((f, i) => f.Kind == MetadataKind.Enum ? names.Claim(properties[i].TrimStart('@') + OptionSuffix) : null).ToArray();
        return (properties, optionTypes);
    }

    private static void EmitOptionType(IndentedWriter w, MetadataFieldSpec field, string typeName, string qualifiedName)
    {
        w.Line("/// <summary>The options of the metadata field <c>" + CSharpText.XmlDoc(field.Name) + "</c>.</summary>");
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Open("internal sealed class " + typeName + " : global::ManifestGen.MetadataOption");
        var names = new MemberNames(typeName, AllOptions, "Name", "SchemaId");
        var properties = new List<string>();
        foreach (MetadataOptionSpec option in field.Options)
        {
            string property = names.Claim(CSharpText.PascalIdentifier(option.Name, "Option"));
            properties.Add(property);
            w.Line("/// <summary>Option <c>" + CSharpText.XmlDoc(option.Name) + "</c>.</summary>");
            w.Line("public static " + qualifiedName + " " + property + " { get; } = new " + qualifiedName + "("
                + CSharpText.Literal(option.Name) + ", " + CSharpText.Literal(option.SchemaId) + ");");
            w.Line();
        }

        w.Line("/// <summary>Every option, in declaration order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + qualifiedName + "> " + AllOptions + " { get; } = new " + qualifiedName + "[] { "
            + string.Join(", ", properties) + " };");
        w.Line();
        w.Line("private " + typeName + "(string name, string? schemaId)");
        w.Line("    : base(name, schemaId)");
        w.Open();
        w.Close();
        w.Close();
    }
}
