using System.Collections.Generic;
using System.Globalization;
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

    internal static SourceText Emit(EquatableArray<MetadataFieldSpec> fields, GeneratorSettings settings) =>
        GeneratedFile.Write(settings.Namespace, w =>
        {
            string prefix = settings.Namespace.Length > 0 ? "global::" + settings.Namespace + "." : "global::";
            var typeNames = new MemberNames(ClassName, Manifests.ManifestGenerator.ClassName);
            var optionTypes = new List<(MetadataFieldSpec Field, string TypeName)>();

            w.Line("/// <summary>");
            w.Line("/// The Labelbox metadata fields this project can set: the reserved ones and those declared in");
            w.Line("/// labelbox.metadata.json. Each field's value type is fixed by its kind.");
            w.Line("/// </summary>");
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Open("internal static partial class " + ClassName);
            var names = new MemberNames(ClassName);
            for (int i = 0; i < fields.Count; i++)
            {
                MetadataFieldSpec field = fields[i];
                string property = names.Claim(CSharpText.PascalIdentifier(field.Name, "Field"));
                string args = CSharpText.Literal(field.Name) + ", " + CSharpText.Literal(field.SchemaId);
                (string type, string create) = field.Kind switch
                {
                    MetadataKind.String => ("global::ManifestGen.MetadataField<string>", "String(" + args + ")"),
                    MetadataKind.Number => ("global::ManifestGen.MetadataField<double>", "Number(" + args + ")"),
                    MetadataKind.DateTime => ("global::ManifestGen.MetadataField<global::System.DateTimeOffset>", "DateTime(" + args + ")"),
                    MetadataKind.Embedding => ("global::ManifestGen.EmbeddingMetadataField",
                        "Embedding(" + CSharpText.Literal(field.Name) + ", " + field.Dimensions.ToString(CultureInfo.InvariantCulture) + ", " + CSharpText.Literal(field.SchemaId) + ")"),
                    _ => EnumField(field, typeNames.Claim(CSharpText.PascalIdentifier(field.Name, "Options")), prefix, args, optionTypes),
                };

                if (i > 0)
                {
                    w.Line();
                }

                w.Line("/// <summary>" + (field.Reserved ? "Reserved field" : "Field") + " <c>" + CSharpText.XmlDoc(field.Name) + "</c> ("
                    + MetadataKinds.FileName(field.Kind) + ").</summary>");
                w.Line("public static " + type + " " + property + " { get; } = global::ManifestGen.MetadataField." + create + ";");
            }

            w.Close();
            foreach (var (field, typeName) in optionTypes)
            {
                w.Line();
                EmitOptionType(w, field, typeName, prefix + typeName);
            }
        });

    private static (string Type, string Create) EnumField(MetadataFieldSpec field, string typeName, string prefix, string args, List<(MetadataFieldSpec, string)> optionTypes)
    {
        optionTypes.Add((field, typeName));
        string qualified = prefix + typeName;
        return ("global::ManifestGen.EnumMetadataField<" + qualified + ">", "Enum(" + args + ", " + qualified + "." + AllOptions + ")");
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
