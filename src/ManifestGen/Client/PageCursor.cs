using System;
using System.Collections.Generic;

namespace ManifestGen.Client;

/// <summary>
/// The cursor of a paged list, moved page by page: a service whose pages never end (an empty page that points on,
/// a cursor handed out twice) is an error, not a loop.
/// </summary>
internal sealed class PageCursor
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly string _list;
    private readonly string _owner;

    /// <param name="list">What is paged, as the answer names it (e.g. "data.failedDataRowImports").</param>
    /// <param name="owner">Whose list it is (e.g. "task task-9").</param>
    public PageCursor(string list, string owner)
    {
        _list = list;
        _owner = owner;
    }

    /// <summary>The cursor to ask for the next page from; null for the first.</summary>
    public string? Value { get; private set; }

    /// <summary>Moves to <paramref name="next"/>, the cursor the page of <paramref name="items"/> items pointed on to.</summary>
    /// <returns>Whether there is a next page.</returns>
    /// <exception cref="LabelboxRequestException">The paging would never end.</exception>
    public bool MoveNext(string? next, int items)
    {
        if (string.IsNullOrEmpty(next))
        {
            return false;
        }

        if (items == 0)
        {
            throw new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox returned an empty page of " + _list + " for " + _owner + " that points on to the cursor '" + next
                + "'; paging would never end.");
        }

        if (!_seen.Add(next))
        {
            throw new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse, "Labelbox returned the page cursor '" + next + "' twice for " + _owner + "; paging would never end.");
        }

        Value = next;
        return true;
    }
}
