using ManifestGen.Rules.Text;

namespace ManifestGen.Rules.Tests.Text;

public class CharRangesTests
{
    /// <summary>Every length around the vector widths (8 to 64 characters), the odd character at every place, both sides of the range.</summary>
    [Theory]
    [InlineData('!', '~', ' ')]
    [InlineData('!', '~', '\u007F')]
    [InlineData(' ', '\uD7FF', '\u001F')]
    [InlineData(' ', '\uD7FF', '\uD800')]
    [InlineData(' ', '\uD7FF', '\uFFFF')]
    [InlineData(' ', '\uD7FF', '\0')]
    public void FindsTheFirstCharacterOutsideTheRange_AtEveryPlace(char low, char high, char outside)
    {
        for (int length = 0; length <= 140; length++)
        {
            // The range's own ends are inside it.
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = i % 2 == 0 ? low : high;
            }

            Assert.Equal(-1, CharRanges.IndexOfOutside(chars, low, high));
            for (int at = 0; at < length; at++)
            {
                char[] odd = (char[])chars.Clone();
                odd[at] = outside;
                if (at + 1 < length)
                {
                    odd[length - 1] = outside; // a later one does not hide the first
                }

                Assert.Equal(at, CharRanges.IndexOfOutside(odd, low, high));
            }
        }
    }
}
