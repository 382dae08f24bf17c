using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// The binary records of row_batches: a run of rows in one blob, each text a length-prefixed UTF-8 field. Compact JSON
/// cost the one writer most of its time and wrote a row's dataset id, metadata names and kinds out again for every
/// row; here a text that repeats (dataset and field ids, names, kinds, metadata values, attachment types and names) is
/// written once a record and referred to by its number after that. One instance serves a whole commit.
/// </summary>
/// <remarks>
/// A record is the row count, then per row: id, dataset id (shared), row data, global key, external id, media type
/// (shared), created and updated at (UTC ticks, 8 bytes each, little-endian), the metadata count and per value its
/// schema id, name and kind (shared) and either 0 and a double (8 bytes) or 1 and a text (shared), then the attachment
/// count and per attachment its type (shared), value and name (shared). Counts and lengths are 7-bit encoded. A text is
/// its UTF-8 length + 1 and its bytes, 0 for none; a shared one is 0 for none, n for the n-th text shared so far in the
/// record, or one more than their count for a new one, whose length and bytes follow.
/// </remarks>
internal sealed class RowRecords
{
    // Decoding refuses bytes that are not UTF-8, as it refuses any other damage, instead of replacing them.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, int> shared = new(StringComparer.Ordinal);

    // The shared texts last looked up, by object identity: most are the same string object row after row (a dataset's
    // id, a field's ids, names and kind), and comparing references is cheaper than hashing their characters.
    private readonly (string? Text, int Number)[] recent = new (string?, int)[64];
    private byte[] buffer = new byte[1 << 16];
    private int length;

    /// <summary>The record of <paramref name="count"/> rows from <paramref name="start"/>; valid until the next call.</summary>
    public ReadOnlySpan<byte> Write(IReadOnlyList<SandboxDataRow> rows, int start, int count)
    {
        length = 0;
        shared.Clear();
        Array.Clear(recent);
        WriteCount(count);
        for (int i = start; i < start + count; i++)
        {
            SandboxDataRow row = rows[i];
            WriteText(row.Id);
            WriteShared(row.DatasetId);
            WriteText(row.RowData);
            WriteText(row.GlobalKey);
            WriteText(row.ExternalId);
            WriteShared(row.MediaType);
            WriteInt64(row.CreatedAt.UtcTicks);
            WriteInt64(row.UpdatedAt.UtcTicks);
            WriteCount(row.Metadata.Count);
            foreach (SandboxMetadataValue value in row.Metadata)
            {
                WriteShared(value.SchemaId);
                WriteShared(value.Name);
                WriteShared(value.Kind);
                if (value.Value is double number)
                {
                    Reserve(9)[0] = 0;
                    BinaryPrimitives.WriteDoubleLittleEndian(buffer.AsSpan(length + 1), number);
                    length += 9;
                }
                else
                {
                    Reserve(1)[0] = 1;
                    length++;
                    WriteShared((string)value.Value);
                }
            }

            WriteCount(row.Attachments.Count);
            foreach (SandboxAttachment attachment in row.Attachments)
            {
                WriteShared(attachment.Type);
                WriteText(attachment.Value);
                WriteShared(attachment.Name);
            }
        }

        return buffer.AsSpan(0, length);
    }

    /// <summary>The rows of a record <see cref="Write"/> made, in order.</summary>
    /// <exception cref="FormatException">The record is not one <see cref="Write"/> made of <paramref name="expected"/> rows.</exception>
    /// <exception cref="DecoderFallbackException">A text is not UTF-8.</exception>
    public static List<SandboxDataRow> Read(ReadOnlySpan<byte> record, long expected)
    {
        var reader = new Reader(record);
        int count = reader.Count();
        if (count != expected)
        {
            throw new FormatException("a row record holds " + count + " rows where its row_count says " + expected);
        }

        var rows = new List<SandboxDataRow>(count);
        for (int i = 0; i < count; i++)
        {
            string id = reader.Required(reader.Text());
            string datasetId = reader.Required(reader.Shared());
            string rowData = reader.Required(reader.Text());
            string? globalKey = reader.Text();
            string? externalId = reader.Text();
            string? mediaType = reader.Shared();
            DateTimeOffset createdAt = reader.Time();
            DateTimeOffset updatedAt = reader.Time();
            var metadata = reader.Items<SandboxMetadataValue>();
            for (int m = 0; m < metadata.Length; m++)
            {
                string schemaId = reader.Required(reader.Shared());
                string name = reader.Required(reader.Shared());
                string kind = reader.Required(reader.Shared());
                object value = reader.Byte() switch
                {
                    0 => reader.Double(),
                    1 => reader.Required(reader.Shared()),
                    _ => throw new FormatException("a row record holds a metadata value of an unknown type"),
                };
                metadata[m] = new SandboxMetadataValue(schemaId, name, kind, value);
            }

            var attachments = reader.Items<SandboxAttachment>();
            for (int a = 0; a < attachments.Length; a++)
            {
                attachments[a] = new SandboxAttachment(reader.Required(reader.Shared()), reader.Required(reader.Text()), reader.Shared());
            }

            rows.Add(new SandboxDataRow(id, datasetId, rowData, globalKey, externalId, mediaType, metadata, attachments, createdAt, updatedAt));
        }

        reader.End();
        return rows;
    }

    private void WriteShared(string? text)
    {
        if (text is null)
        {
            WriteCount(0);
            return;
        }

        ref (string? Text, int Number) slot = ref recent[RuntimeHelpers.GetHashCode(text) & (recent.Length - 1)];
        if (ReferenceEquals(slot.Text, text))
        {
            WriteCount(slot.Number);
        }
        else if (shared.TryGetValue(text, out int number))
        {
            slot = (text, number);
            WriteCount(number);
        }
        else
        {
            shared.Add(text, shared.Count + 1);
            slot = (text, shared.Count);
            WriteCount(shared.Count);
            WriteText(text);
        }
    }

    private void WriteText(string? text)
    {
        if (text is null)
        {
            WriteCount(0);
            return;
        }

        int bytes = Utf8.GetByteCount(text);
        WriteCount(bytes + 1);
        length += Utf8.GetBytes(text, Reserve(bytes));
    }

    private void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);
        length += 8;
    }

    private void WriteCount(int value)
    {
        Span<byte> span = Reserve(5);
        uint rest = (uint)value;
        int i = 0;
        for (; rest >= 0x80; rest >>= 7)
        {
            span[i++] = (byte)(rest | 0x80);
        }

        span[i++] = (byte)rest;
        length += i;
    }

    /// <summary>Room for <paramref name="bytes"/> more bytes, at the end of what is written.</summary>
    private Span<byte> Reserve(int bytes)
    {
        if (length + bytes > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + bytes));
        }

        return buffer.AsSpan(length, bytes);
    }

    /// <summary>Reads a record, checking every length and number against what is left of it.</summary>
    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> record;
        private readonly List<string> shared = new();
        private int position;

        public Reader(ReadOnlySpan<byte> record) => this.record = record;

        /// <summary>A count of items; each takes at least a byte, so a count beyond the bytes left is damage.</summary>
        public int Count()
        {
            int count = Number();
            return count <= record.Length - position ? count : throw Damaged();
        }

        /// <summary>An array for the items a count says follow; the one empty array when none do, as most rows have none of one kind.</summary>
        public T[] Items<T>()
        {
            int count = Count();
            return count == 0 ? Array.Empty<T>() : new T[count];
        }

        public byte Byte() => position < record.Length ? record[position++] : throw Damaged();

        public string? Text()
        {
            int bytes = Number() - 1;
            if (bytes < 0)
            {
                return null;
            }

            return Utf8.GetString(Take(bytes));
        }

        public string? Shared()
        {
            int number = Number();
            if (number == 0)
            {
                return null;
            }

            if (number <= shared.Count)
            {
                return shared[number - 1];
            }

            if (number != shared.Count + 1)
            {
                throw Damaged();
            }

            string text = Required(Text());
            shared.Add(text);
            return text;
        }

        public DateTimeOffset Time() => new(BinaryPrimitives.ReadInt64LittleEndian(Take(8)), TimeSpan.Zero);

        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

        public readonly string Required(string? text) => text ?? throw Damaged();

        public readonly void End()
        {
            if (position != record.Length)
            {
                throw Damaged();
            }
        }

        /// <summary>A 7-bit encoded number, at most <see cref="int.MaxValue"/>.</summary>
        private int Number()
        {
            uint value = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                byte b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value <= int.MaxValue && (shift < 28 || b < 0x10) ? (int)value : throw Damaged();
                }
            }

            throw Damaged();
        }

        private ReadOnlySpan<byte> Take(int bytes)
        {
            if (bytes > record.Length - position)
            {
                throw Damaged();
            }

            ReadOnlySpan<byte> taken = record.Slice(position, bytes);
            position += bytes;
            return taken;
        }

        private readonly FormatException Damaged() => new("a row record is cut short or not one this sandbox wrote (at byte " + position + " of " + record.Length + ")");
    }
}
