using System.Collections.Generic;
using System.Globalization;

namespace ManifestGen.Rules.Text;

/// <summary>
/// Turns offsets into 1-based line and column numbers, for the places that have no Roslyn
/// SourceText (the runtime's errors, the CLI). Lines end where Roslyn ends them: at \n, \r\n, \r,
/// and the Unicode breaks U+0085, U+2028 and U+2029, so the CLI and the build agree on every position.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    public LineMap(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _lineStarts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>"line 3, column 17": how messages name a place in the same file.</summary>
    public static string Describe(int line, int column) =>
        "line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture);

    /// <summary>"data/images.lbx.json(3,17)": how messages name a place in another file, shown as <paramref name="shownPath"/>.</summary>
    public static string DescribeInFile(string shownPath, int line, int column) =>
        shownPath + "(" + line.ToString(CultureInfo.InvariantCulture) + "," + column.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>"line 3, column 17" for an offset of this text.</summary>
    public string Describe(int offset)
    {
        var (line, column) = Locate(offset);
        return Describe(line, column);
    }

    /// <summary>The 1-based line and column of an offset.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
