using System;
using System.Linq;
using ManifestGen.Rules.Keys;

namespace ManifestGen.Rules.Tests.Keys;

public class KeyListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_096)]
    [InlineData(4_097)]
    [InlineData(10_000)]
    public void KeepsEveryOccurrenceInOrder(int count)
    {
        var list = new KeyList();
        for (int i = 0; i < count; i++)
        {
            list.Add(new KeyOccurrence("p", "k" + i, i, 3));
        }

        Assert.Equal(count, list.Count);
        Assert.Equal(Enumerable.Range(0, count), list.Select(k => k.Start));
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal("k" + i, list[i].Key));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[count]);
    }
}
