using System.Collections.Generic;

namespace ManifestGen.Import;

/// <summary>A synchronous sequence as the asynchronous one the import reads, enumerated as it is read.</summary>
internal static class AsyncSequence
{
#pragma warning disable CS1998 // an iterator over a synchronous sequence has nothing to await
    public static async IAsyncEnumerable<T> From<T>(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            yield return item;
        }
    }
#pragma warning restore CS1998
}
