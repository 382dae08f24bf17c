using System;
using System.Linq;
using ManifestGen.Rules.Attachments;
using ManifestGen.Rules.Json;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Media;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Rules.Tests.Json;

public class WordTableTests
{
    public static TheoryData<string[]> Lists => new()
    {
        ManifestKeys.Envelope.ToArray(),
        ManifestKeys.Row.ToArray(),
        ManifestKeys.Metadata.ToArray(),
        ManifestKeys.Attachment.ToArray(),
        MediaTypes.All.ToArray(),
        AttachmentTypes.All.ToArray(),
        ReservedMetadata.Names.ToArray(),
        ReservedMetadata.SchemaIds.ToArray(),
        // Same length, first and last character: every word probes past the others.
        new[] { "ab", "cd", "aab", "acb", "adb", "aeb", "afb", "agb", "ahb" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryWordIsFoundAtItsIndexAndNearMissesAreNot(string[] words)
    {
        var table = new WordTable(words);
        Assert.Equal(words, table);
        Assert.Equal(-1, table.IndexOf("".AsSpan()));
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            Assert.Equal(i, table.IndexOf(word.AsSpan()));
            Assert.Equal(i, table.IndexOf(("x" + word + "x").AsSpan(1, word.Length)));
            foreach (string miss in new[] { word + word[^1], word[..^1], word[0] + "~" + word[1..], "~" + word[1..] })
            {
                Assert.Equal(Array.IndexOf(words, miss), table.IndexOf(miss.AsSpan()));
            }
        }
    }
}
