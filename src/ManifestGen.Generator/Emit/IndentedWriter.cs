using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ManifestGen.Generator.Emit;

/// <summary>A StringBuilder that indents, for emitting readable C#.</summary>
internal sealed class IndentedWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _sb = new();
    private int _indent;

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (int i = 0; i < _indent; i++)
            {
                _sb.Append(IndentUnit);
            }

            _sb.Append(text);
        }

        _sb.Append('\n');
        return this;
    }

    public IndentedWriter Open(string? header = null)
    {
        if (header != null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    public IndentedWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceText ToSourceText()
    {
        if (_indent != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation: " + _indent);
        }

        return SourceText.From(_sb.ToString(), Encoding.UTF8);
    }

    public override string ToString() => _sb.ToString();
}
