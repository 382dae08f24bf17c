using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Manifest;

/// <summary>Structural problems of a manifest, as LBX0001–LBX0007.</summary>
internal sealed class ManifestStructureProblems : StructureProblems
{
    private readonly ProblemSink _sink;
    private readonly int _textLength;
    private List<Problem>? _deferred;

    public ManifestStructureProblems(ProblemSink sink, int textLength)
    {
        _sink = sink;
        _textLength = textLength;
    }

    /// <summary>Holds unknown-property problems back until it is known whether they matter.</summary>
    public void Defer() => _deferred = new List<Problem>();

    /// <summary>Reports what was held back, or drops it.</summary>
    public void EndDefer(bool report)
    {
        List<Problem>? deferred = _deferred;
        _deferred = null;
        if (report && deferred != null)
        {
            foreach (Problem p in deferred)
            {
                _sink.Add(p);
            }
        }
    }

    public override void Syntax(int position, string reason) =>
        _sink.Add(RuleCatalog.InvalidJson, position, CharacterAt(position), reason);

    public override void OverLimit(int position, string reason) =>
        _sink.Add(RuleCatalog.OverLimit, position, CharacterAt(position), "The manifest is " + reason + "; a Labelbox import row needs at most five, so simplify the JSON");

    /// <summary>One character, or none where the text has ended: a span never reaches past the text.</summary>
    private int CharacterAt(int position) => position < _textLength ? 1 : 0;

    public void WrongRoot(int start, int length, string found) =>
        _sink.Add(RuleCatalog.InvalidRoot, start, length, found);

    public override void WrongType(int start, int length, string property, string expected, string found) =>
        _sink.Add(RuleCatalog.WrongJsonType, start, length, property, expected, found);

    public override void UnknownProperty(int start, int length, string property, string where, IReadOnlyCollection<string> known)
    {
        string? closest = Suggestions.Closest(property, known);
        var problem = new Problem(RuleCatalog.UnknownProperty, start, length,
            new[] { Quote.Safe(property), where, Suggestions.Hint(closest, known) },
            closest);
        if (_deferred != null)
        {
            _deferred.Add(problem);
        }
        else
        {
            _sink.Add(problem);
        }
    }

    public override void DuplicateProperty(int start, int length, string property) =>
        _sink.Add(RuleCatalog.DuplicateProperty, start, length, property);
}
