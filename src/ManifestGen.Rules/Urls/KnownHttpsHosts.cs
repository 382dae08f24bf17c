using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ManifestGen.Rules.Urls;

/// <summary>
/// Lets <see cref="Locations"/> skip <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> for the
/// URLs a large manifest is made of. Uri parsing is the costliest part of checking a clean row (a
/// parse and several allocations per URL), yet a manifest has a handful of hosts. For a URL of the
/// plain shape <c>https://host/path</c> — host of letters, digits, dots and dashes; path of
/// unreserved characters, '/', '?', '=' and '&amp;'; a sane length — nothing in the path can make Uri
/// fail, so Uri's verdict is the host's. Hosts Uri accepted in such a URL are remembered.
/// </summary>
internal static class KnownHttpsHosts
{
    private const int Prefix = 8; // "https://"

    // Far below Uri's own length limit, so length never decides a verdict here.
    private const int MaxLength = 4096;

    // Shared by the analyzer's concurrent threads without a lock: a slot holds an immutable string that Uri
    // accepted as a host, so a racing write can only cause a miss. A host lives in its own slot or one of the next
    // few: more slots than a manifest's usual few dozen hosts, and the neighbours, keep hosts whose slots collide
    // from taking turns in one (each turn a Uri parse).
    private static readonly string?[] Hosts = new string?[1 << SlotBits];

    private const int SlotBits = 8;
    private const int SlotMask = (1 << SlotBits) - 1;

    /// <summary>The slots a host may live in: its own and the next ones.</summary>
    private const int Probes = 4;

    /// <summary>
    /// The end of the host when <paramref name="value"/> has the plain shape (and starts with
    /// "https://", ignoring case); otherwise -1.
    /// </summary>
    public static int PlainHostEnd(ReadOnlySpan<char> value)
    {
        if (value.Length <= Prefix || value.Length > MaxLength
            || !value.Slice(0, Prefix).Equals("https://".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        int i = Prefix;
        while (i < value.Length && IsHostChar(value[i]))
        {
            i++;
        }

        if (i == Prefix || i == value.Length || value[i] != '/')
        {
            return -1;
        }

        return IsPlainPath(value.Slice(i)) ? i : -1;
    }

    public static bool Contains(ReadOnlySpan<char> value, int hostEnd)
    {
        ReadOnlySpan<char> host = value.Slice(Prefix, hostEnd - Prefix);
        int slot = Slot(host);
        for (int probe = 0; probe < Probes; probe++)
        {
            if (Holds((slot + probe) & SlotMask, host))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(int slot, ReadOnlySpan<char> host)
    {
        string? known = Hosts[slot];
        return known != null && host.SequenceEqual(known.AsSpan());
    }

    /// <summary>Whether <paramref name="value"/> has the plain shape on a host Uri has accepted: then it is a well-formed https URL.</summary>
    public static bool IsKnownPlain(ReadOnlySpan<char> value)
    {
        int hostEnd = PlainHostEnd(value);
        return hostEnd > 0 && Contains(value, hostEnd);
    }

    /// <summary>Remembers the host of a plain-shaped URL that Uri accepted.</summary>
    public static void Add(string value, int hostEnd)
    {
        int slot = Slot(value.AsSpan(Prefix, hostEnd - Prefix));
        // Into the first free slot of the host's own and the next ones; when all are taken, the host replaces the one in its own.
        for (int probe = 0; probe < Probes; probe++)
        {
            if (Hosts[(slot + probe) & SlotMask] == null)
            {
                slot = (slot + probe) & SlotMask;
                break;
            }
        }

        Hosts[slot] = value.Substring(Prefix, hostEnd - Prefix);
    }

    /// <summary>The host's slot: its characters four at a time, multiplied up, the top bits taken (they depend on every bit below).</summary>
    private static int Slot(ReadOnlySpan<char> host)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15ul;
        ulong hash = (ulong)host.Length;
        ReadOnlySpan<ulong> blocks = MemoryMarshal.Cast<char, ulong>(host);
        foreach (ulong block in blocks)
        {
            hash = (hash ^ block) * Multiplier;
        }

        for (int i = blocks.Length * 4; i < host.Length; i++)
        {
            hash = (hash ^ host[i]) * Multiplier;
        }

        return (int)(hash >> (64 - SlotBits));
    }

    /// <summary>Whether every character is a path character; a URL is mostly its path, so a vector at a time.</summary>
    private static bool IsPlainPath(ReadOnlySpan<char> path)
    {
        int p = 0;
        if (Vector.IsHardwareAccelerated && path.Length >= Vector<ushort>.Count)
        {
            ReadOnlySpan<Vector<ushort>> vectors = MemoryMarshal.Cast<char, Vector<ushort>>(path);
            var lowerCase = new Vector<ushort>(0x20);
            var a = new Vector<ushort>('a');
            var letters = new Vector<ushort>('z' - 'a');
            var dash = new Vector<ushort>('-');
            var dashToNine = new Vector<ushort>('9' - '-'); // - . / 0-9
            var underscore = new Vector<ushort>('_');
            var tilde = new Vector<ushort>('~');
            var question = new Vector<ushort>('?');
            var equals = new Vector<ushort>('=');
            var ampersand = new Vector<ushort>('&');
            for (; p < vectors.Length; p++)
            {
                Vector<ushort> v = vectors[p];
                // c | 0x20 lands in a..z exactly for the ASCII letters of either case.
                Vector<ushort> allowed = Vector.LessThanOrEqual((v | lowerCase) - a, letters)
                    | Vector.LessThanOrEqual(v - dash, dashToNine)
                    | Vector.Equals(v, underscore) | Vector.Equals(v, tilde) | Vector.Equals(v, question)
                    | Vector.Equals(v, equals) | Vector.Equals(v, ampersand);
                if (Vector.EqualsAny(allowed, Vector<ushort>.Zero))
                {
                    return false;
                }
            }

            p *= Vector<ushort>.Count;
        }

        for (; p < path.Length; p++)
        {
            if (!IsPathChar(path[p]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHostChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';

    private static bool IsPathChar(char c) =>
        IsHostChar(c) || c == '/' || c == '_' || c == '~' || c == '?' || c == '=' || c == '&';
}
