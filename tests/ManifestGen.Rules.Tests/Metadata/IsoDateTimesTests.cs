using System;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Rules.Tests.Metadata;

public class IsoDateTimesTests
{
    [Theory]
    [InlineData("2024-05-01", "2024-05-01T00:00:00Z")]
    [InlineData("2024-05-01T13:45", "2024-05-01T13:45:00Z")]
    [InlineData("2024-05-01T13:45:30", "2024-05-01T13:45:30Z")]
    [InlineData("2024-05-01T13:45:30Z", "2024-05-01T13:45:30Z")]
    [InlineData("2024-05-01T13:45:30.5Z", "2024-05-01T13:45:30Z")]
    [InlineData("2024-05-01T13:45:30.1234567", "2024-05-01T13:45:30Z")]
    [InlineData("2024-05-01T13:45:30+02:00", "2024-05-01T11:45:30Z")]
    [InlineData("2024-05-01T13:45:30-05:30", "2024-05-01T19:15:30Z")]
    [InlineData("2024-05-01T13:45:30+02", "2024-05-01T11:45:30Z")]
    [InlineData("2024-05-01 13:45:30", "2024-05-01T13:45:30Z")]
    [InlineData("2024-05-01 13:45Z", "2024-05-01T13:45:00Z")]
    [InlineData("2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00Z")]
    [InlineData("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z")]
    public void AcceptedFormsAndTheirWireForm(string value, string wire)
    {
        Assert.True(IsoDateTimes.TryParse(value, out DateTimeOffset parsed), value);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
        Assert.Equal(wire, IsoDateTimes.ToWire(parsed));
    }

    [Fact]
    public void NoOffsetIsReadAsUtc()
    {
        Assert.True(IsoDateTimes.TryParse("2024-05-01T13:45:00", out DateTimeOffset parsed));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 13, 45, 0, TimeSpan.Zero), parsed);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2023-02-29")]
    [InlineData("2024-02-30T00:00:00Z")]
    [InlineData("2024-05-01T24:00:00Z")]
    [InlineData("2024-05-01T13:60:00Z")]
    [InlineData("2024-05-01T13:45:61Z")]
    [InlineData("2024-5-1")]
    [InlineData("01/05/2024")]
    [InlineData("2024-05-01T13")]
    [InlineData("2024-05-01T13:45:30.12345678Z")]
    [InlineData("2024-05-01T13:45:30z")]
    [InlineData("2024-05-01t13:45:30Z")]
    [InlineData(" 2024-05-01")]
    [InlineData("2024-05-01T13:45:30+2")]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("1714571100")]
    public void RejectedForms(string value) => Assert.False(IsoDateTimes.TryParse(value, out _), value);

    [Fact]
    public void ToWireIsUtcToTheSecondDroppingFractions()
    {
        var value = new DateTimeOffset(2024, 5, 1, 13, 45, 59, 999, TimeSpan.FromHours(2));
        Assert.Equal("2024-05-01T11:45:59Z", IsoDateTimes.ToWire(value));
    }

    [Fact]
    public void ToWireIsCultureIndependent()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("2024-05-01T13:45:00Z", IsoDateTimes.ToWire(new DateTimeOffset(2024, 5, 1, 13, 45, 0, TimeSpan.Zero)));
            Assert.True(IsoDateTimes.TryParse("2024-05-01T13:45:00Z", out _));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
