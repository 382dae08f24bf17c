using System.Collections.Generic;

namespace ManifestGen.Rules.Text;

/// <summary>
/// Turns offsets into 1-based line and column numbers, for the places that have no Roslyn
/// SourceText (the runtime's errors, the CLI). Lines end at \n, \r\n or \r, as in Roslyn.
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
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>"line 3, column 17": how messages name a place in the same file.</summary>
    public static string Describe(int line, int column) =>
        "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", column " + column.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
