using System.Collections;
using System.Collections.Generic;

namespace ManifestGen.Rows;

/// <summary>
/// A read-only list compared by its items, so records that hold lists keep value equality.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, System.IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new(System.Array.Empty<T>());

    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> From(IEnumerable<T>? items)
    {
        if (items == null)
        {
            return Empty;
        }

        T[] array = items is ICollection<T> c ? CopyOf(c) : new List<T>(items).ToArray();
        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(ValueList<T>? other)
    {
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = default(System.HashCode);
        foreach (T item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    private static T[] CopyOf(ICollection<T> collection)
    {
        var array = new T[collection.Count];
        collection.CopyTo(array, 0);
        return array;
    }
}
