using System;
using System.Collections.Generic;
using System.Globalization;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Tests.TestSupport;

/// <summary>Runs the manifest rules the way the analyzer does and helps find tokens in test text.</summary>
internal static class Lbx
{
    public const string Path = "images.lbx.json";

    /// <summary>Parses and validates <paramref name="text"/>; problems are asserted to lie within it.</summary>
    public static Checked Check(string text, MetadataSchema? schema = null)
    {
        var sink = new ProblemSink();
        ManifestDocument doc = ManifestParser.Parse(text, sink);
        var map = new LineMap(text);
        var keys = ManifestValidator.Validate(Path, doc, schema ?? MetadataSchema.ReservedOnly, sink, offset => Describe(map, offset));
        var result = new Checked(text, doc, sink, keys);
        AssertSpansWithin(result);
        return result;
    }

    /// <summary>
    /// Validates <paramref name="text"/> as the analyzer does: rows checked as they are read and dropped, values left in the
    /// text where they can be; returns the problems and the file's global keys.
    /// </summary>
    public static (IReadOnlyList<Problem> Problems, IReadOnlyList<KeyOccurrence> Keys) CheckStreamed(string text)
    {
        var sink = new ProblemSink();
        var map = new LineMap(text);
        var keys = ManifestValidator.ValidateText(Path, text, MetadataSchema.ReservedOnly, sink, offset => Describe(map, offset));
        return (sink.Problems, keys);
    }

    /// <summary>A manifest of one row whose members are <paramref name="members"/> (JSON without braces).</summary>
    public static Checked Row(string members, MetadataSchema? schema = null) => Check("[{" + members + "}]", schema);

    /// <summary>A valid row with a global key plus <paramref name="extra"/> members.</summary>
    public static string KeyedRow(string key, string extra = "") =>
        "{\"row_data\": \"https://cdn.example.com/" + key + ".jpg\", \"global_key\": \"" + key + "\"" + (extra.Length > 0 ? ", " + extra : "") + "}";

    public static string Describe(LineMap map, int offset)
    {
        var (line, column) = map.Locate(offset);
        return string.Format(CultureInfo.InvariantCulture, "line {0}, column {1}", line, column);
    }

    /// <summary>The offset of the <paramref name="occurrence"/>-th (0-based) <paramref name="token"/> in <paramref name="text"/>.</summary>
    public static int At(string text, string token, int occurrence = 0)
    {
        int index = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(token, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, "'" + token + "' (occurrence " + occurrence + ") is not in the text");
        }

        return index;
    }

    /// <summary>Asserts a problem's id, span and (when given) that its message contains every fragment.</summary>
    public static void Is(Problem problem, string id, int start, int length, params string[] fragments)
    {
        Assert.True((id, start, length) == (problem.Rule.Id, problem.Start, problem.Length),
            "expected " + id + " at " + start + "+" + length + " but got " + problem.Rule.Id + " at " + problem.Start + "+" + problem.Length + ": " + problem.Message);
        foreach (string fragment in fragments)
        {
            Assert.True(problem.Message.Contains(fragment, StringComparison.Ordinal),
                "message lacks \"" + fragment + "\": " + problem.Message);
        }
    }

    /// <summary>Asserts <paramref name="problem"/> covers exactly <paramref name="token"/>'s first occurrence.</summary>
    public static void IsAt(Problem problem, string id, string text, string token, params string[] fragments) =>
        Is(problem, id, At(text, token), token.Length, fragments);

    public static void AssertSpansWithin(Checked result)
    {
        foreach (Problem p in result.Problems)
        {
            Assert.True(p.Start >= 0 && p.Length >= 0 && p.Start + p.Length <= result.Text.Length,
                "span out of the text (length " + result.Text.Length + "): " + p);
        }
    }
}
