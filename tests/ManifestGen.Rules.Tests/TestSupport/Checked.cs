using System.Collections.Generic;
using System.Linq;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Keys;
using ManifestGen.Rules.Manifest;

namespace ManifestGen.Rules.Tests.TestSupport;

/// <summary>The outcome of parsing and validating one manifest text, as a user would see it.</summary>
internal sealed class Checked
{
    public Checked(string text, ManifestDocument document, ProblemSink sink, IReadOnlyList<KeyOccurrence> keys)
    {
        Text = text;
        Document = document;
        Sink = sink;
        Keys = keys;
    }

    public string Text { get; }

    public ManifestDocument Document { get; }

    public ProblemSink Sink { get; }

    public IReadOnlyList<Problem> Problems => Sink.Problems;

    public IReadOnlyList<KeyOccurrence> Keys { get; }

    public string[] Ids => Problems.Select(p => p.Rule.Id).ToArray();

    /// <summary>The one problem with <paramref name="id"/>; fails when there are none or several.</summary>
    public Problem Single(string id)
    {
        Problem[] found = Problems.Where(p => p.Rule.Id == id).ToArray();
        Assert.True(found.Length == 1, "expected exactly one " + id + " but got: " + Dump());
        return found[0];
    }

    /// <summary>Every problem with <paramref name="id"/>, in report order.</summary>
    public Problem[] All(string id) => Problems.Where(p => p.Rule.Id == id).ToArray();

    public string Dump() => Problems.Count == 0 ? "(no problems)" : string.Join(" | ", Problems.Select(p => p.ToString()));
}
