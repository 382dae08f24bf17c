using System;
using System.Text;
using ManifestGen.GeneratedCode;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Tests.GeneratedCode;

/// <summary>The bulk writer's fast datetime formatting writes exactly the one wire form.</summary>
public class RowValuesTests
{
    private static string Fast(DateTimeOffset value)
    {
        Span<byte> utf8 = stackalloc byte[IsoDateTimes.WireLength];
        return Encoding.UTF8.GetString(utf8.Slice(0, RowValues.FormatUtc(value, utf8)));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00")]
    [InlineData("2024-02-29T12:34:56.789+05:30")]
    [InlineData("2024-05-01T00:00:00-10:00")]
    [InlineData("1999-12-31T23:59:59.5-00:30")]
    public void FormatUtc_IsTheWireForm(string value)
    {
        DateTimeOffset time = DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(IsoDateTimes.ToWire(time), Fast(time));
    }

    [Fact]
    public void FormatUtc_IsTheWireForm_ForManyRandomTimes()
    {
        var random = new Random(1234);
        for (int i = 0; i < 10_000; i++)
        {
            var time = new DateTimeOffset(random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay), TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60)));
            Assert.Equal(IsoDateTimes.ToWire(time), Fast(time));
        }
    }
}
