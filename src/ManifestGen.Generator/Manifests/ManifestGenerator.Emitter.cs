using System.Globalization;
using ManifestGen.Generator.Emit;
using ManifestGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Manifests;

public sealed partial class ManifestGenerator
{
    internal const string HintName = "LabelboxManifests.g.cs";
    internal const string ClassName = "LabelboxManifests";

    internal static SourceText Emit(EquatableArray<ManifestSpec> manifests, GeneratorSettings settings) =>
        GeneratedFile.Write(settings.Namespace, w =>
        {
            w.Line("/// <summary>The Labelbox import manifests (<c>*.lbx.json</c>) of this project, checked at build time.</summary>");
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Open("internal static partial class " + ClassName);
            var names = new MemberNames(ClassName);
            bool first = true;
            foreach (ManifestSpec manifest in manifests)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                string property = names.Claim(manifest.PropertyName);
                string rows = manifest.RowCount.ToString(CultureInfo.InvariantCulture) + (manifest.RowCount == 1 ? " row" : " rows");
                w.Line("/// <summary><c>" + CSharpText.XmlDoc(System.IO.Path.GetFileName(manifest.Path)) + "</c>: " + rows + ".</summary>");
                w.Line("public static " + TypeNames.ImportManifest + " " + property + " { get; } = " + TypeNames.ImportManifest + ".FromResource(");
                w.Line("    typeof(" + ClassName + ").Assembly,");
                w.Line("    " + CSharpText.Literal(manifest.ResourceName) + ",");
                w.Line("    name: " + CSharpText.Literal(manifest.DisplayName) + ",");
                w.Line("    dataset: " + CSharpText.Literal(manifest.Dataset) + ",");
                w.Line("    contentHash: " + CSharpText.Literal(manifest.ContentHash) + ",");
                w.Line("    rowCount: " + manifest.RowCount.ToString(CultureInfo.InvariantCulture) + ");");
            }

            w.Close();
        });
}
