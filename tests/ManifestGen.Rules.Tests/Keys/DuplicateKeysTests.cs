using System;
using System.Collections.Generic;
using System.Linq;
using ManifestGen.Rules.Keys;

namespace ManifestGen.Rules.Tests.Keys;

public class DuplicateKeysTests
{
    private static KeyOccurrence At(string path, string key, int start) => new(path, key, start, key.Length + 2);

    private static string Show((KeyOccurrence Duplicate, KeyOccurrence First) pair) =>
        pair.Duplicate.Path + "@" + pair.Duplicate.Start + "->" + pair.First.Path + "@" + pair.First.Start;

    [Fact]
    public void NoDuplicatesNoPairs()
    {
        Assert.Empty(DuplicateKeys.Find(new[] { At("a", "x", 1), At("a", "y", 5), At("b", "z", 1) }));
        Assert.Empty(DuplicateKeys.Find(System.Array.Empty<KeyOccurrence>()));
    }

    [Fact]
    public void FirstIsByPathThenOffsetWhateverTheInputOrder()
    {
        var occurrences = new[]
        {
            At("b.lbx.json", "k", 5),
            At("a.lbx.json", "k", 50),
            At("a.lbx.json", "K", 10),
            At("c.lbx.json", "other", 1),
        };

        var pairs = DuplicateKeys.Find(occurrences);
        Assert.Equal(new[] { "a.lbx.json@50->a.lbx.json@10", "b.lbx.json@5->a.lbx.json@10" }, pairs.Select(Show));
    }

    [Fact]
    public void PathsCompareOrdinally()
    {
        var pairs = DuplicateKeys.Find(new[] { At("a.lbx.json", "k", 1), At("B.lbx.json", "k", 1) });
        Assert.Equal("a.lbx.json@1->B.lbx.json@1", Show(Assert.Single(pairs)));
    }

    [Fact]
    public void KeysCompareIgnoringCase()
    {
        var pairs = DuplicateKeys.Find(new[] { At("a", "Straße-1", 1), At("a", "STRASSE-1", 9), At("a", "straße-1", 20) });
        Assert.Equal(new[] { "a@20->a@1" }, pairs.Select(Show));
    }

    [Fact]
    public void AcrossFilesReportsOnlyTheFirstUseInEachLaterFile()
    {
        var occurrences = new[]
        {
            At("b.lbx.json", "k", 30),
            At("a.lbx.json", "k", 10),
            At("b.lbx.json", "K", 5),
            At("a.lbx.json", "k", 40),
            At("c.lbx.json", "k", 7),
            At("c.lbx.json", "solo", 9),
        };

        var pairs = DuplicateKeys.AcrossFiles(occurrences).ToList();
        Assert.Equal(new[] { "b.lbx.json@5->a.lbx.json@10", "c.lbx.json@7->a.lbx.json@10" }, pairs.Select(Show));
    }

    [Fact]
    public void AcrossFilesIgnoresDuplicatesWithinOneFile()
    {
        Assert.Empty(DuplicateKeys.AcrossFiles(new[] { At("a", "k", 1), At("a", "K", 9) }));
    }

    [Fact]
    public void AcrossFilesReportsEachKeySeparately()
    {
        var occurrences = new[] { At("a", "x", 1), At("a", "y", 5), At("b", "y", 1), At("b", "x", 5) };
        Assert.Equal(new[] { "b@1->a@5", "b@5->a@1" }, DuplicateKeys.AcrossFiles(occurrences).Select(Show));
    }

    [Fact]
    public void StreamedKeysAreCopiedOutOfTheTextWithTheirPlacesAndDuplicates()
    {
        string text = "[{\"row_data\": \"https://e.com/a.jpg\", \"global_key\": \"a\\u0041\"},\n"
            + "{\"row_data\": \"https://e.com/b.jpg\", \"global_key\": \"Ärger\"},\n"
            + "{\"row_data\": \"https://e.com/c.jpg\", \"global_key\": \"AA\"},\n"
            + "{\"row_data\": \"https://e.com/d.jpg\", \"global_key\": \"äRGER\"}]";
        var (_, keys) = TestSupport.Lbx.CheckStreamed(text);
        // A cache that keeps the keys must not keep the text: none of them is read where it stands in it.
        Assert.All(keys, k => Assert.False(k.KeySpan.Overlaps(text.AsSpan())));
        Assert.Equal(new[] { "aA", "Ärger", "AA", "äRGER" }, keys.Select(k => k.Key));
        const string Member = "\"global_key\": ";
        var tokens = new List<int>();
        for (int at = text.IndexOf(Member, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Member, at + 1, StringComparison.Ordinal))
        {
            tokens.Add(at + Member.Length);
        }

        Assert.Equal(tokens, keys.Select(k => k.Start));
        Assert.Equal(new[] { "images.lbx.json@" + keys[2].Start + "->images.lbx.json@" + keys[0].Start, "images.lbx.json@" + keys[3].Start + "->images.lbx.json@" + keys[1].Start },
            DuplicateKeys.Find(keys).Select(Show));
    }

    [Fact]
    public void KeyOccurrenceKeepsWhatItWasGiven()
    {
        var k = new KeyOccurrence("p", "key", 3, 5);
        Assert.Equal(("p", "key", 3, 5), (k.Path, k.Key, k.Start, k.Length));
    }
}
