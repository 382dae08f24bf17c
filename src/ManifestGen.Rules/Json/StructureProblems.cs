using System.Collections.Generic;

namespace ManifestGen.Rules.Json;

/// <summary>
/// How a file format words its structural problems: a manifest and the metadata schema file share
/// the reading code but report under their own diagnostic ids.
/// </summary>
internal abstract class StructureProblems
{
    public abstract void Syntax(int position, string reason);

    public abstract void OverLimit(int position, string reason);

    public abstract void WrongType(int start, int length, string property, string expected, string found);

    public abstract void UnknownProperty(int start, int length, string property, string where, IReadOnlyCollection<string> known);

    public abstract void DuplicateProperty(int start, int length, string property);
}
