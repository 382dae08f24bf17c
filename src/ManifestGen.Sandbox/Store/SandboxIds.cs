using System;
using System.Threading;

namespace ManifestGen.Sandbox.Store;

/// <summary>Labelbox-style ids: 25 lower-case characters, 'c' then time, a counter and randomness (cuid-like).</summary>
internal static class SandboxIds
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    private const long RandomRange = 4_738_381_338_321_616_896; // 36^12: the twelve random digits
    private static long counter;

    public static string New() => New(DateTimeOffset.UtcNow);

    /// <summary>An id stamped with <paramref name="now"/>: the import passes the time it already read.</summary>
    public static string New(DateTimeOffset now)
    {
        Span<char> id = stackalloc char[25];
        id[0] = 'c';
        Write(id.Slice(1, 8), now.ToUnixTimeMilliseconds());
        Write(id.Slice(9, 4), Interlocked.Increment(ref counter));
        // Not the OS generator: a system call per id was a large part of an import's time, and these ids only
        // need to differ, not to be secret. One draw for all twelve digits: a draw per digit was most of an id's cost.
        Write(id.Slice(13, 12), Random.Shared.NextInt64(RandomRange));

        return new string(id);
    }

    private static void Write(Span<char> target, long value)
    {
        for (int i = target.Length - 1; i >= 0; i--)
        {
            target[i] = Digits[(int)(value % 36)];
            value /= 36;
        }
    }
}
