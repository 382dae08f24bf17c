namespace ManifestGen.Rules.Json;

/// <summary>
/// Reads objects with a known set of properties: finds which one a name is, reports unknown and
/// repeated names, and reads typed values, reporting (and skipping) a value of the wrong JSON type.
/// JSON null counts as absent, as the Labelbox SDK drops None-valued entries.
/// </summary>
internal sealed class StructureReader
{
    public StructureReader(JsonCursor cursor, StructureProblems problems)
    {
        Cursor = cursor;
        Problems = problems;
    }

    public JsonCursor Cursor { get; }

    public StructureProblems Problems { get; }

    /// <summary>
    /// The index of <paramref name="name"/> in <paramref name="known"/>, reporting a repeat via
    /// <paramref name="seen"/> (one bit per known name); -1, reported, for an unknown name.
    /// </summary>
    public int Identify(JsonString name, WordTable known, ref ulong seen, string where)
    {
        int i = Cursor.IndexIn(name, known);
        if (i >= 0)
        {
            ulong bit = 1UL << i;
            if ((seen & bit) != 0)
            {
                Problems.DuplicateProperty(name.Start, name.Length, known[i]);
            }

            seen |= bit;
            return i;
        }

        Problems.UnknownProperty(name.Start, name.Length, Cursor.GetString(name), where, known);
        return -1;
    }

    /// <summary>Reads a string value; null, or a reported wrong type, gives an absent value.</summary>
    public Spanned ReadString(string property) => ReadString(property, null);

    /// <summary>
    /// Reads a string value that is usually one of <paramref name="vocabulary"/>; a match returns
    /// the vocabulary's own instance, so the thousands of "IMAGE"s in a large file cost nothing.
    /// </summary>
    public Spanned ReadString(string property, WordTable? vocabulary) => ReadString(property, vocabulary, inPlace: false);

    /// <summary>
    /// Reads a string value and, when it has no escapes, leaves it in the text (<see cref="Spanned.InPlace"/>):
    /// for values that are checked and dropped, such as a streamed row's URLs.
    /// </summary>
    public Spanned ReadStringInPlace(string property) => ReadString(property, null, inPlace: true);

    private Spanned ReadString(string property, WordTable? vocabulary, bool inPlace)
    {
        JsonKind kind = Cursor.PeekValue();
        if (kind == JsonKind.String)
        {
            JsonString s = Cursor.ReadString();
            int i = vocabulary != null && !s.HasEscapes ? Cursor.IndexIn(s, vocabulary) : -1;
            if (i >= 0)
            {
                return new Spanned(vocabulary![i], s.Start, s.Length);
            }

            return inPlace && !s.HasEscapes ? Spanned.InPlace(Cursor.Text, s.Start, s.Length) : new Spanned(Cursor.GetString(s), s.Start, s.Length);
        }

        SkipUnexpected(kind, property, "a string");
        return default;
    }

    /// <summary>
    /// Enters an array value and returns true; for null, or a reported wrong type, skips it and
    /// returns false.
    /// </summary>
    public bool EnterArray(string property) => Enter(JsonKind.Array, property, "an array");

    /// <summary>Enters an object value; see <see cref="EnterArray"/>.</summary>
    public bool EnterObject(string property) => Enter(JsonKind.Object, property, "an object");

    /// <summary>Skips a value that is null (silently) or of the wrong kind (reported).</summary>
    public void SkipUnexpected(JsonKind kind, string property, string expected)
    {
        int start = Cursor.Position;
        Cursor.SkipValue();
        if (kind != JsonKind.Null)
        {
            Problems.WrongType(start, Cursor.Position - start, property, expected, Describe(kind));
        }
    }

    public static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };

    private bool Enter(JsonKind wanted, string property, string expected)
    {
        JsonKind kind = Cursor.PeekValue();
        if (kind == wanted)
        {
            if (wanted == JsonKind.Array)
            {
                Cursor.EnterArray();
            }
            else
            {
                Cursor.EnterObject();
            }

            return true;
        }

        SkipUnexpected(kind, property, expected);
        return false;
    }
}
