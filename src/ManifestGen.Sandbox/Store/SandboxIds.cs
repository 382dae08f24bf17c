using System;
using System.Security.Cryptography;
using System.Threading;

namespace ManifestGen.Sandbox.Store;

/// <summary>Labelbox-style ids: 25 lower-case characters, 'c' then time, a counter and randomness (cuid-like).</summary>
internal static class SandboxIds
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static long counter;

    public static string New()
    {
        Span<char> id = stackalloc char[25];
        id[0] = 'c';
        Write(id.Slice(1, 8), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Write(id.Slice(9, 4), Interlocked.Increment(ref counter));
        for (int i = 13; i < 25; i++)
        {
            id[i] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        }

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
