using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using ManifestGen.Import;
using ManifestGen.Json;

namespace ManifestGen.GeneratedCode;

/// <summary>
/// The bytes of an import file that <see cref="LabelboxImportJson"/> writes in bulk. Compact rows write
/// their pre-encoded parts and plain values into it directly, as System.Text.Json's source-generated fast
/// path does, instead of one <see cref="Utf8JsonWriter"/> call per property; anything that needs escaping
/// or number formatting goes through a <see cref="Utf8JsonWriter"/> with the same options, so the bytes
/// are the ones that writer would write. Not meant to be used by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ImportJsonBuffer : IDisposable
{
    // The characters Utf8JsonWriter with UnsafeRelaxedJsonEscaping writes as they are: printable ASCII
    // but the quote and the backslash. A span search over this set uses the CPU's vector width.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly PooledBufferWriter _bytes = new();
    private readonly Utf8JsonWriter _json;
    private readonly bool _indented;
    private long _rows;

    internal ImportJsonBuffer(bool indented)
    {
        _indented = indented;
        _json = new Utf8JsonWriter(_bytes, ImportJsonWriter.Options(indented));
    }

    /// <summary>Bytes written and not yet handed on.</summary>
    internal int Pending => _json.BytesPending + _bytes.WrittenMemory.Length;

    internal void StartArray()
    {
        if (_indented)
        {
            _json.WriteStartArray();
        }
        else
        {
            Raw("["u8);
        }
    }

    internal void Add<T>(T row)
        where T : ILabelboxDataRow
    {
        if (_indented)
        {
            row.WriteImportJson(_json);
        }
        else
        {
            row.WriteImportJson(this);
        }
    }

    internal void EndArray()
    {
        if (_indented)
        {
            _json.WriteEndArray();
        }
        else
        {
            Raw("]"u8);
        }
    }

    /// <summary>Everything written since the last <see cref="Clear"/>.</summary>
    internal ReadOnlyMemory<byte> Written()
    {
        _json.Flush();
        return _bytes.WrittenMemory;
    }

    internal void Clear() => _bytes.Clear();

    /// <summary>Ready for a new array, keeping the writer (for the thread's cached buffer).</summary>
    internal void Reset()
    {
        _bytes.Release();
        _json.Reset(_bytes);
        _rows = 0;
    }

    /// <summary>Hands the buffer's array back to the pool, keeping the writer for the next array.</summary>
    internal void Release() => _bytes.Release();

    /// <summary>Hands the buffer's array back to the pool.</summary>
    public void Dispose()
    {
        _json.Dispose();
        _bytes.Release();
    }

    /// <summary>The comma before every row but the first, then the row's opening brace.</summary>
    internal void StartRow() => Raw(_rows++ == 0 ? "{"u8 : ",{"u8);

    /// <summary>A row that only knows <see cref="ILabelboxDataRow.WriteImportJson(Utf8JsonWriter)"/>.</summary>
    internal void Through(ILabelboxDataRow row)
    {
        if (_rows++ > 0)
        {
            Raw(","u8);
        }

        _json.Reset();
        row.WriteImportJson(_json);
        _json.Flush();
    }

    internal void Raw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(_bytes.GetSpan(utf8.Length));
        _bytes.Advance(utf8.Length);
    }

    /// <summary>
    /// A JSON string. Plain ASCII is copied in one vectorised pass; anything else is the writer's, but a lone
    /// surrogate, which the writer would turn into U+FFFD, is an error naming <paramref name="member"/>.
    /// </summary>
    internal void String(string value, string member)
    {
        ReadOnlySpan<char> text = value.AsSpan();
        int plain = text.IndexOfAnyExcept(Plain);
        if (plain >= 0)
        {
            // The scan goes on from the first character that is not plain: the prefix holds no surrogate.
            UnsendableText.ThrowIfUnwritable(value, member, plain);
            _json.Reset();
            _json.WriteStringValue(text);
            _json.Flush();
            return;
        }

        Span<byte> span = _bytes.GetSpan(text.Length + 2);
        span[0] = (byte)'"';
        Ascii.FromUtf16(text, span.Slice(1), out _);
        span[text.Length + 1] = (byte)'"';
        _bytes.Advance(text.Length + 2);
    }

    /// <summary>A string known to be plain ASCII bytes, such as a formatted datetime.</summary>
    internal void PlainString(ReadOnlySpan<byte> utf8)
    {
        Span<byte> span = _bytes.GetSpan(utf8.Length + 2);
        span[0] = (byte)'"';
        utf8.CopyTo(span.Slice(1));
        span[utf8.Length + 1] = (byte)'"';
        _bytes.Advance(utf8.Length + 2);
    }

    /// <summary>A number, formatted as the writer formats it.</summary>
    internal void Number(double value)
    {
        _json.Reset();
        _json.WriteNumberValue(value);
        _json.Flush();
    }
}
