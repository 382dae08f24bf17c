using System;
using System.Collections.Generic;
using System.Text;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// Ontology nodes found by the UTF-8 bytes of their key (an id or a name), as a chunk's JSON holds it: one hash of the
/// bytes and mostly one comparison. .NET 8, which the package targets, has no dictionary lookup by span, and a new string
/// per metadata entry of every row was 22 MB of garbage in a 100,000-row import; comparing with every key in turn cost
/// a comparison per node for each of a row's entries.
/// </summary>
internal sealed class Utf8Lookup
{
    private readonly byte[][] keys;
    private readonly OntologyNode[] nodes;

    // Open addressing, probed forward: a slot holds a key's index plus one, 0 when empty. At least four slots a key, so
    // a probe always ends at an empty slot.
    private readonly int[] slots;
    private readonly int mask;

    public Utf8Lookup(IReadOnlyDictionary<string, OntologyNode> source)
    {
        keys = new byte[source.Count][];
        nodes = new OntologyNode[source.Count];
        int size = 4;
        while (size < source.Count * 4)
        {
            size *= 2;
        }

        slots = new int[size];
        mask = size - 1;
        int count = 0;
        foreach ((string key, OntologyNode node) in source)
        {
            keys[count] = Encoding.UTF8.GetBytes(key);
            nodes[count] = node;
            int slot = Hash(keys[count]) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = ++count;
        }
    }

    /// <summary>The node whose key is these bytes, or null.</summary>
    public OntologyNode? Find(ReadOnlySpan<byte> utf8)
    {
        for (int slot = Hash(utf8) & mask; slots[slot] != 0; slot = (slot + 1) & mask)
        {
            int index = slots[slot] - 1;
            if (utf8.SequenceEqual(keys[index]))
            {
                return nodes[index];
            }
        }

        return null;
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = default(HashCode);
        hash.AddBytes(utf8);
        return hash.ToHashCode();
    }
}
