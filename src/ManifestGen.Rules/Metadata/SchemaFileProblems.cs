using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Metadata;

/// <summary>Structural problems of labelbox.metadata.json, all as LBX0601.</summary>
internal sealed class SchemaFileProblems : StructureProblems
{
    private readonly ProblemSink _sink;
    private readonly int _textLength;

    public SchemaFileProblems(ProblemSink sink, int textLength)
    {
        _sink = sink;
        _textLength = textLength;
    }

    public void Invalid(int start, int length, string reason) => _sink.Add(RuleCatalog.InvalidSchemaFile, start, length, reason);

    public override void Syntax(int position, string reason) => Invalid(position, CharacterAt(position), "not valid JSON: " + reason);

    public override void OverLimit(int position, string reason) => Invalid(position, CharacterAt(position), "it is " + reason);

    /// <summary>One character, or none where the text has ended: a span never reaches past the text.</summary>
    private int CharacterAt(int position) => position < _textLength ? 1 : 0;

    public override void WrongType(int start, int length, string property, string expected, string found) =>
        Invalid(start, length, "'" + property + "' must be " + expected + ", not " + found);

    public override void UnknownProperty(int start, int length, string property, string where, IReadOnlyCollection<string> known)
    {
        string? closest = Suggestions.Closest(property, known);
        _sink.Add(new Problem(RuleCatalog.InvalidSchemaFile, start, length,
            new[] { "unknown property '" + Quote.Safe(property) + "' in " + where + "; " + Suggestions.Hint(closest, known) },
            closest));
    }

    public override void DuplicateProperty(int start, int length, string property) =>
        Invalid(start, length, "property '" + property + "' appears more than once in this object");
}
