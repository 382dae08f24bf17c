using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace ManifestGen.Rules.Json;

/// <summary>
/// A forward-only, allocation-light reader over JSON text (RFC 8259, strict: no comments, no
/// trailing commas). It reports positions as offsets into the text so diagnostics can point at the
/// exact token, and it enforces a nesting limit without recursion so hostile input cannot overflow
/// the stack. Syntax errors throw <see cref="JsonSyntaxException"/>.
/// </summary>
internal sealed class JsonCursor
{
    private readonly string _text;
    private readonly int _maxDepth;
    private int _pos;
    private int _depth;

    public JsonCursor(string text, int maxDepth)
    {
        _text = text;
        _maxDepth = maxDepth;
        // A byte order mark that survived decoding is not content.
        _pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    public string Text => _text;

    /// <summary>Offset of the next unread character.</summary>
    public int Position => _pos;

    /// <summary>Skips white space and classifies the next value without consuming it.</summary>
    public JsonKind PeekValue()
    {
        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw Error(_pos, "the text ends where a value was expected");
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{': return JsonKind.Object;
            case '[': return JsonKind.Array;
            case '"': return JsonKind.String;
            case 't': return JsonKind.True;
            case 'f': return JsonKind.False;
            case 'n': return JsonKind.Null;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return JsonKind.Number;
                }

                throw Error(_pos, "expected a value but found " + Describe(c));
        }
    }

    /// <summary>Consumes '{'. Use <see cref="NextProperty"/> to walk the members.</summary>
    public void EnterObject() => Enter('{');

    /// <summary>Consumes '['. Use <see cref="NextElement"/> to walk the elements.</summary>
    public void EnterArray() => Enter('[');

    /// <summary>
    /// Moves to the next member's name and past its colon. Returns false, having consumed '}', when
    /// the object ends. <paramref name="count"/> is the caller's member counter, starting at 0.
    /// </summary>
    public bool NextProperty(ref int count, out JsonString name)
    {
        SkipWhitespace();
        if (AtClose('}', count))
        {
            name = default;
            return false;
        }

        SkipWhitespace();
        if (_pos >= _text.Length || _text[_pos] != '"')
        {
            throw _pos >= _text.Length
                ? Error(_pos, "the text ends inside an object")
                : Error(_pos, "expected a property name in double quotes but found " + Describe(_text[_pos]));
        }

        name = ReadStringToken();
        SkipWhitespace();
        Expect(':', "after a property name");
        count++;
        return true;
    }

    /// <summary>
    /// Moves to the next element. Returns false, having consumed ']', when the array ends.
    /// </summary>
    public bool NextElement(ref int count)
    {
        SkipWhitespace();
        if (AtClose(']', count))
        {
            return false;
        }

        count++;
        return true;
    }

    public JsonString ReadString()
    {
        SkipWhitespace();
        return ReadStringToken();
    }

    /// <summary>Reads a number token and returns its span; <see cref="GetDouble"/> parses it.</summary>
    public int ReadNumber(out int end)
    {
        SkipWhitespace();
        int start = _pos;
        int i = _pos;
        string t = _text;
        if (i < t.Length && t[i] == '-')
        {
            i++;
        }

        if (i >= t.Length || t[i] < '0' || t[i] > '9')
        {
            throw Error(i, "a number needs digits");
        }

        if (t[i] == '0')
        {
            i++;
        }
        else
        {
            while (i < t.Length && t[i] >= '0' && t[i] <= '9')
            {
                i++;
            }
        }

        if (i < t.Length && t[i] == '.')
        {
            i++;
            int digits = i;
            while (i < t.Length && t[i] >= '0' && t[i] <= '9')
            {
                i++;
            }

            if (i == digits)
            {
                throw Error(i, "a number needs digits after the decimal point");
            }
        }

        if (i < t.Length && (t[i] == 'e' || t[i] == 'E'))
        {
            i++;
            if (i < t.Length && (t[i] == '+' || t[i] == '-'))
            {
                i++;
            }

            int digits = i;
            while (i < t.Length && t[i] >= '0' && t[i] <= '9')
            {
                i++;
            }

            if (i == digits)
            {
                throw Error(i, "a number needs digits in its exponent");
            }
        }

        _pos = i;
        end = i;
        return start;
    }

    /// <summary>Consumes true, false or null.</summary>
    public void ReadLiteral(JsonKind kind)
    {
        string word = kind == JsonKind.True ? "true" : kind == JsonKind.False ? "false" : "null";
        SkipWhitespace();
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
        {
            throw Error(_pos, "expected '" + word + "'");
        }

        _pos += word.Length;
    }

    /// <summary>Skips one whole value of any kind, iteratively, still checking syntax and depth.</summary>
    public void SkipValue()
    {
        int baseDepth = _depth;
        // counts[d] is how many members the container at depth d has seen; a small stack of ints.
        var counts = new System.Collections.Generic.List<int>();
        var isObject = new System.Collections.Generic.List<bool>();
        do
        {
            if (counts.Count > 0)
            {
                int top = counts.Count - 1;
                int count = counts[top];
                bool more = isObject[top] ? NextProperty(ref count, out _) : NextElement(ref count);
                counts[top] = count;
                if (!more)
                {
                    counts.RemoveAt(top);
                    isObject.RemoveAt(top);
                    continue;
                }
            }

            JsonKind kind = PeekValue();
            switch (kind)
            {
                case JsonKind.Object:
                    EnterObject();
                    counts.Add(0);
                    isObject.Add(true);
                    break;
                case JsonKind.Array:
                    EnterArray();
                    counts.Add(0);
                    isObject.Add(false);
                    break;
                case JsonKind.String:
                    ReadStringToken();
                    break;
                case JsonKind.Number:
                    ReadNumber(out _);
                    break;
                default:
                    ReadLiteral(kind);
                    break;
            }
        }
        while (_depth > baseDepth);
    }

    /// <summary>Checks that only white space follows the root value.</summary>
    public void ExpectEnd()
    {
        SkipWhitespace();
        if (_pos < _text.Length)
        {
            throw Error(_pos, "unexpected " + Describe(_text[_pos]) + " after the end of the JSON value");
        }
    }

    /// <summary>The index of a string token's decoded value in <paramref name="words"/>; -1 if it is not there.</summary>
    public int IndexIn(JsonString s, WordTable words) =>
        words.IndexOf(s.HasEscapes ? GetString(s).AsSpan() : _text.AsSpan(s.Start + 1, s.Length - 2));

    /// <summary>The decoded value of a string token.</summary>
    public string GetString(JsonString s)
    {
        if (!s.HasEscapes)
        {
            return _text.Substring(s.Start + 1, s.Length - 2);
        }

        var sb = new StringBuilder(s.Length);
        int end = s.End - 1;
        for (int i = s.Start + 1; i < end;)
        {
            sb.Append(NextUnit(ref i));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The UTF-16 unit a string token's content holds at <paramref name="i"/>, a character or an escape (already
    /// checked by the read), moving <paramref name="i"/> past it.
    /// </summary>
    private char NextUnit(ref int i)
    {
        char c = _text[i++];
        if (c != '\\')
        {
            return c;
        }

        c = _text[i++];
        switch (c)
        {
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                i += 4;
                return (char)Hex4(i - 4);
            default: return c; // '"', '\\' and '/' stand for themselves.
        }
    }

    /// <summary>Parses a number token read by <see cref="ReadNumber"/>.</summary>
    public double GetDouble(int start, int end) =>
        // .NET Framework hosts (Visual Studio) throw on overflow where .NET returns infinity.
        double.TryParse(_text.Substring(start, end - start), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : _text[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity;

    private void Enter(char open)
    {
        SkipWhitespace();
        if (_pos >= _text.Length || _text[_pos] != open)
        {
            throw Error(_pos, "expected '" + open + "'");
        }

        if (_depth >= _maxDepth)
        {
            throw new JsonSyntaxException(_pos, "nested deeper than " + _maxDepth.ToString(CultureInfo.InvariantCulture) + " levels", overLimit: true);
        }

        _depth++;
        _pos++;
    }

    private bool AtClose(char close, int count)
    {
        if (_pos >= _text.Length)
        {
            throw Error(_pos, close == '}' ? "the text ends inside an object" : "the text ends inside an array");
        }

        char c = _text[_pos];
        if (c == close)
        {
            _pos++;
            _depth--;
            return true;
        }

        if (count == 0)
        {
            return false;
        }

        if (c != ',')
        {
            throw Error(_pos, "expected ',' or '" + close + "' but found " + Describe(c));
        }

        _pos++;
        SkipWhitespace();
        if (_pos < _text.Length && _text[_pos] == close)
        {
            throw Error(_pos, "a trailing comma is not allowed before '" + close + "'");
        }

        return false;
    }

    private void Expect(char c, string where)
    {
        if (_pos >= _text.Length || _text[_pos] != c)
        {
            throw Error(_pos, "expected '" + c + "' " + where + (_pos < _text.Length ? " but found " + Describe(_text[_pos]) : ""));
        }

        _pos++;
    }

    private JsonString ReadStringToken()
    {
        int start = _pos;
        if (start >= _text.Length || _text[start] != '"')
        {
            throw Error(start, "expected a string");
        }

        string t = _text;
        bool escapes = false;
        // Whether the string may hold half a surrogate pair: it has a character from U+D800 up or a \u escape.
        bool surrogates = false;
        int i = start + 1;
        while (true)
        {
            int stop = IndexOfStringStop(t.AsSpan(i));
            if (stop < 0)
            {
                throw Error(start, "the string that starts here is never closed");
            }

            stop += i;
            char c = t[stop];
            if (c == '"')
            {
                i = stop;
                break;
            }

            if (c == '\\')
            {
                escapes = true;
                i = CheckEscape(stop);
                surrogates |= t[stop + 1] == 'u';
            }
            else
            {
                surrogates = c >= ' ' ? true : throw Error(stop, Describe(c) + " must be escaped inside a string");
                i = stop + 1;
            }
        }

        if (surrogates)
        {
            CheckSurrogatePairs(start + 1, i);
        }

        _pos = i + 1;
        return new JsonString(start, _pos, escapes);
    }

    /// <summary>
    /// The index of the first character where a string's scan must stop: its closing quote, a backslash, a control
    /// character (an error) or one from U+D800 up (maybe half a surrogate pair); -1 if none.
    /// </summary>
    /// <remarks>
    /// Strings are most of a manifest's text. One pass over the text after the opening quote, a vector at a time,
    /// tests all four at once; the string's end need not be known first, as the quote is one of them. (A search for
    /// the quote or backslash, then a second pass over what it jumped for the rest, cost two calls per string.)
    /// </remarks>
    private static int IndexOfStringStop(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && text.Length >= Vector<ushort>.Count)
        {
            ReadOnlySpan<Vector<ushort>> vectors = MemoryMarshal.Cast<char, Vector<ushort>>(text);
            var space = new Vector<ushort>(' ');
            // Subtracting wraps below ' ', so one unsigned comparison finds controls and U+D800 up.
            var plainWidth = new Vector<ushort>('\uD7FF' - ' ');
            var quote = new Vector<ushort>('"');
            var backslash = new Vector<ushort>('\\');
            int v = 0;
            while (v < vectors.Length)
            {
                Vector<ushort> chars = vectors[v];
                Vector<ushort> stops = Vector.GreaterThan(chars - space, plainWidth) | Vector.Equals(chars, quote) | Vector.Equals(chars, backslash);
                if (!Vector.EqualsAll(stops, Vector<ushort>.Zero))
                {
                    return v * Vector<ushort>.Count + FirstSetLane(stops);
                }

                v++;
            }

            i = v * Vector<ushort>.Count;
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"' || c == '\\' || (uint)(c - ' ') > '\uD7FF' - ' ')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first lane set in a comparison's result that has one.</summary>
    /// <remarks>
    /// Most strings (names, vocabulary words, short values) end inside the first vector: finding the lane from the
    /// result, 64 bits at a time, replaces a second, character-by-character scan of up to a vector's width.
    /// (netstandard2.0 has no ExtractMostSignificantBits.)
    /// </remarks>
    private static int FirstSetLane(Vector<ushort> lanes)
    {
        Vector<ulong> words = Vector.AsVectorUInt64(lanes);
        int w = 0;
        while (words[w] == 0)
        {
            w++;
        }

        // Little-endian: the lower lanes are the lower bits.
        ulong word = words[w];
        int lane = w * 4;
        while ((word & 0xFFFF) == 0)
        {
            word >>= 16;
            lane++;
        }

        return lane;
    }

    /// <summary>
    /// Throws at the first half of a surrogate pair, written as a character or a \u escape, that lacks its
    /// other half in the syntactically checked string content from <paramref name="from"/> to <paramref name="to"/>.
    /// </summary>
    private void CheckSurrogatePairs(int from, int to)
    {
        int pendingHigh = -1;
        for (int i = from; i < to;)
        {
            int at = i;
            char unit = NextUnit(ref i);
            if (pendingHigh >= 0)
            {
                pendingHigh = char.IsLowSurrogate(unit) ? -1 : throw LoneSurrogate(pendingHigh);
            }
            else if (char.IsSurrogate(unit))
            {
                pendingHigh = char.IsHighSurrogate(unit) ? at : throw LoneSurrogate(at);
            }
        }

        if (pendingHigh >= 0)
        {
            throw LoneSurrogate(pendingHigh);
        }
    }

    /// <summary>
    /// Half a surrogate pair stands for no character: UTF-8 cannot carry it, so an import could only send it
    /// altered (I-JSON, RFC 7493, forbids it for the same reason).
    /// </summary>
    private JsonSyntaxException LoneSurrogate(int position)
    {
        string what = _text[position] == '\\' ? "'" + _text.Substring(position, 6) + "'" : Describe(_text[position]);
        return Error(position, what + " is half of a UTF-16 surrogate pair, alone: it stands for no character and UTF-8 cannot carry it;"
            + " write the character itself or both halves of its pair");
    }

    private int Hex4(int at)
    {
        int value = 0;
        for (int k = at; k < at + 4; k++)
        {
            char c = _text[k];
            value = (value << 4) | (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }

        return value;
    }

    private int CheckEscape(int backslash)
    {
        int i = backslash + 1;
        if (i >= _text.Length)
        {
            throw Error(backslash, "the text ends inside an escape sequence");
        }

        switch (_text[i])
        {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                return i + 1;
            case 'u':
                for (int k = 1; k <= 4; k++)
                {
                    if (i + k >= _text.Length || !IsHex(_text[i + k]))
                    {
                        throw Error(backslash, "\\u must be followed by four hex digits");
                    }
                }

                return i + 5;
            default:
                throw Error(backslash, "'\\" + _text[i] + "' is not a JSON escape sequence");
        }
    }

    private void SkipWhitespace()
    {
        string t = _text;
        int i = _pos;
        while (i < t.Length)
        {
            char c = t[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            {
                break;
            }

            i++;
        }

        _pos = i;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static JsonSyntaxException Error(int position, string reason) => new(position, reason);

    /// <summary>Names a character for a message without ever echoing a raw control character.</summary>
    public static string Describe(char c)
    {
        if (c < ' ' || c == '\u007F' || char.IsSurrogate(c) || c == '\uFFFD' || c == '\u2028' || c == '\u2029')
        {
            return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        }

        return "'" + c + "'";
    }
}
