using System.Linq;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Literals;

/// <summary>Constant global keys in C# (LBX2004, LBX2005), exactly as built.</summary>
public class GlobalKeyLiteralTests
{
    private static string Rows(params string[] keys) =>
        "using ManifestGen;\n\npublic static class Rows\n{\n    public static DataRowSpec[] All() => new[]\n    {\n"
        + string.Concat(keys.Select((k, i) => "        DataRowSpec.Image(\"https://example.com/" + i + ".jpg\").WithGlobalKey(" + k + ").Build(),\n"))
        + "    };\n}\n";

    [Fact]
    public void LBX2004_InvalidKeys_SayWhatLBX0202Says() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(7,70): error LBX2004: Global key '' is invalid: it is empty; give the row a unique key or leave global_key out",
            "Photos.cs(8,70): error LBX2004: Global key ' cat 1' is invalid: it starts or ends with a space",
            "Photos.cs(9,70): error LBX2004: Global key 'cat  1' is invalid: it has two spaces in a row at position 4",
            "Photos.cs(10,70): error LBX2004: Global key 'cat#1' is invalid: '#' at position 4 is not allowed (use letters, digits, spaces and !_.*'()&$@=;/:+,?-)",
            "Photos.cs(11,70): error LBX2004: Global key 'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk… (201 characters)' is invalid: it is 201 characters long and the limit is 200",
        },
        LiteralProject.Lines(Rows("\"\"", "\" cat 1\"", "\"cat  1\"", "\"cat#1\"", "\"" + new string('k', 201) + "\"")));

    [Fact]
    public void LBX2005_SameKeyTwiceInAFile_IgnoringCase_PointsAtTheFirstByLine()
    {
        var diagnostics = LiteralProject.Run(new[] { ("Photos.cs", Rows("\"cat-1\"", "\"cat-2\"", "\"CAT-1\"", "\"cat-1\"")) });
        DiagnosticAssert.Lines(
            new[]
            {
                "Photos.cs(9,70): error LBX2005: Global key 'CAT-1' is already used at line 7, column 70; global keys are unique in a Labelbox organization (ignoring case), so one of the rows would not be imported; change one of them",
                "Photos.cs(10,70): error LBX2005: Global key 'cat-1' is already used at line 7, column 70; global keys are unique in a Labelbox organization (ignoring case), so one of the rows would not be imported; change one of them",
            },
            LiteralProject.Format(diagnostics));
        Assert.All(diagnostics, d => Assert.Equal(7, Assert.Single(d.AdditionalLocations).GetLineSpan().StartLinePosition.Line + 1));
    }

    [Fact]
    public void LBX2005_AcrossFiles_TheFirstByPathIsTheOriginal_WhateverTheOrder()
    {
        string[] Build(params (string, string)[] files) => LiteralProject.Format(LiteralProject.Run(files));
        (string, string) a = ("A.cs", Rows("\"dog-1\"", "\"shared\"").Replace("class Rows", "class RowsA"));
        (string, string) b = ("B.cs", Rows("\"Shared\"").Replace("class Rows", "class RowsB"));
        string[] expected =
        {
            "B.cs(7,70): error LBX2005: Global key 'Shared' is already used at A.cs(8,70); global keys are unique in a Labelbox organization (ignoring case), so one of the rows would not be imported; change one of them",
        };
        DiagnosticAssert.Lines(expected, Build(a, b));
        DiagnosticAssert.Lines(expected, Build(b, a));
    }

    [Fact]
    public void ConstFieldsAssignmentsAndMemberDefaults() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(10,68): error LBX2005: Global key 'cat-1' is already used at line 9, column 70; global keys are unique in a Labelbox organization (ignoring case), so one of the rows would not be imported; change one of them",
            "Photos.cs(11,68): error LBX2004: Global key 'cat|3' is invalid: '|' at position 4 is not allowed (use letters, digits, spaces and !_.*'()&$@=;/:+,?-)",
            "Photos.cs(22,39): error LBX2004: Global key 'cat-1 ' is invalid: it starts or ends with a space",
        },
        LiteralProject.Lines("""
            using ManifestGen;

            public static class Photos
            {
                private const string Prefix = "cat";

                public static DataRowSpec[] Build() => new[]
                {
                    DataRowSpec.Image("https://example.com/1.jpg").WithGlobalKey(Prefix + "-1").Build(),
                    new DataRowSpec("https://example.com/2.jpg") { GlobalKey = $"{Prefix}-1" },
                    new DataRowSpec("https://example.com/3.jpg") { GlobalKey = "cat|3" },
                };
            }

            [LabelboxDataRow]
            public partial class Photo
            {
                [RowData]
                public string Url { get; set; } = "https://example.com/4.jpg";

                [GlobalKey]
                public string Key { get; set; } = "cat-1 ";
            }
            """).Where(l => l.Contains(" LBX2", System.StringComparison.Ordinal)).ToArray());

    [Fact]
    public void DistinctAndNonConstantKeys_AreNotReported() => Assert.Empty(LiteralProject.Lines("""
        using ManifestGen;

        public static class Photos
        {
            public static DataRowSpec[] Build(string key, int i) => new[]
            {
                DataRowSpec.Image("https://example.com/1.jpg").WithGlobalKey(key).Build(),
                DataRowSpec.Image("https://example.com/2.jpg").WithGlobalKey(key).Build(),
                DataRowSpec.Image("https://example.com/3.jpg").WithGlobalKey("cat-" + i).Build(),
                DataRowSpec.Image("https://example.com/4.jpg").WithGlobalKey("cat 4 (Tabby) & co.jpg").Build(),
                DataRowSpec.Image("https://example.com/5.jpg").WithGlobalKey("cat-5").Build(),
            };
        }
        """));
}
