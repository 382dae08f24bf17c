using System.Linq;
using ManifestGen.Rules.Diagnostics;

namespace ManifestGen.Rules.Tests.Diagnostics;

public class ProblemSinkTests
{
    private static ProblemSink Filled(Rule rule, int count)
    {
        var sink = new ProblemSink();
        for (int i = 0; i < count; i++)
        {
            sink.Add(rule, i, 1);
        }

        return sink;
    }

    [Fact]
    public void KeepsProblemsInOrderWithTheirFix()
    {
        var sink = new ProblemSink();
        sink.Add(RuleCatalog.NoRows, 3, 1);
        sink.AddWithFix(RuleCatalog.NotHttps, 7, 9, "https://x", "why");
        Assert.Equal(new[] { "LBX0006", "LBX0102" }, sink.Problems.Select(p => p.Rule.Id));
        Problem p = sink.Problems[1];
        Assert.Equal((7, 9, "https://x"), (p.Start, p.Length, p.Fix));
        Assert.Equal("row_data must be an https URL; why", p.Message);
        Assert.Equal("LBX0102@7: row_data must be an https URL; why", p.ToString());
        Assert.True(sink.HasErrors);
        Assert.False(sink.Truncated);
    }

    [Fact]
    public void WarningsAndInfosAreNotErrors()
    {
        var sink = new ProblemSink();
        sink.Add(RuleCatalog.NoRows, 0, 1);
        sink.Add(RuleCatalog.NoGlobalKey, 0, 1, "2");
        Assert.False(sink.HasErrors);
    }

    [Fact]
    public void KeepsExactlyTheLimit()
    {
        ProblemSink sink = Filled(RuleCatalog.NotHttps, ProblemSink.Limit);
        Assert.Equal(1000, ProblemSink.Limit);
        Assert.Equal(ProblemSink.Limit, sink.Problems.Count);
        Assert.False(sink.Truncated);
    }

    [Fact]
    public void AnErrorPastTheLimitAddsOneOverLimitNote()
    {
        ProblemSink sink = Filled(RuleCatalog.NoRows, ProblemSink.Limit);
        Assert.False(sink.HasErrors);
        sink.Add(RuleCatalog.NotHttps, 4242, 17, "dropped");
        sink.Add(RuleCatalog.MissingRowData, 5000, 1);
        sink.Add(RuleCatalog.InvalidGlobalKey, 6000, 1, "k", "why");

        Assert.Equal(ProblemSink.Limit + 1, sink.Problems.Count);
        Problem note = sink.Problems[ProblemSink.Limit];
        Assert.Equal("LBX0007", note.Rule.Id);
        Assert.Equal((4242, 17), (note.Start, note.Length));
        Assert.Equal("This file has more than 1000 problems and the rest are not listed; fix the ones shown and build again", note.Message);
        Assert.True(sink.Truncated);
        Assert.True(sink.HasErrors);
    }

    [Fact]
    public void WarningsPastTheLimitAreDroppedSilently()
    {
        ProblemSink sink = Filled(RuleCatalog.NotHttps, ProblemSink.Limit);
        sink.Add(RuleCatalog.NoRows, 1, 1);
        sink.Add(RuleCatalog.S3PathStyle, 1, 1, "a", "b");
        sink.Add(RuleCatalog.NoGlobalKey, 1, 1, "3");
        Assert.Equal(ProblemSink.Limit, sink.Problems.Count);
        Assert.DoesNotContain(sink.Problems, p => p.Rule.Id == "LBX0007");
        Assert.False(sink.Truncated);
    }

    [Fact]
    public void AnErrorAfterDroppedWarningsStillAddsTheNote()
    {
        ProblemSink sink = Filled(RuleCatalog.NoRows, ProblemSink.Limit);
        sink.Add(RuleCatalog.S3PathStyle, 1, 1, "a", "b");
        Assert.False(sink.HasErrors);
        sink.Add(RuleCatalog.InvalidJson, 2, 1, "x");
        Assert.Equal("LBX0007", sink.Problems[^1].Rule.Id);
        Assert.True(sink.HasErrors);
    }

    [Fact]
    public void WithSamePlaces_ARuleListsThatManyPlaces_ThenOneThatCountsTheRest()
    {
        var sink = new ProblemSink(samePlaces: 2);
        for (int i = 0; i < 6; i++)
        {
            sink.Add(RuleCatalog.NotHttps, i * 10, 3, "why " + i);
            sink.Add(RuleCatalog.NoRows, i * 10 + 5, 1);
        }

        Assert.Equal(
            new[]
            {
                "LBX0102@0: row_data must be an https URL; why 0",
                "LBX0006@5: " + RuleCatalog.NoRows.MessageFormat,
                "LBX0102@10: row_data must be an https URL; why 1",
                "LBX0006@15: " + RuleCatalog.NoRows.MessageFormat,
                "LBX0102@20: row_data must be an https URL; why 2 (the same problem is at 3 more places in this file, not listed; lbx validate lists every one)",
                "LBX0006@25: " + RuleCatalog.NoRows.MessageFormat + " (the same problem is at 3 more places in this file, not listed; lbx validate lists every one)",
            },
            sink.Problems.Select(p => p.ToString()));
        Assert.Equal(3, sink.Problems[4].More);
        Assert.True(sink.HasErrors);
    }

    [Fact]
    public void WithTheLargestSamePlaces_EveryPlaceIsListed()
    {
        var sink = new ProblemSink(samePlaces: int.MaxValue);
        for (int i = 0; i < 4; i++)
        {
            sink.Add(RuleCatalog.NotHttps, i, 1, "why");
        }

        Assert.Equal(new[] { 0, 1, 2, 3 }, sink.Problems.Select(p => p.Start));
        Assert.All(sink.Problems, p => Assert.Equal(0, p.More));
    }

    [Fact]
    public void WithSamePlaces_TheCountGoesOnPastTheLimit_AndClearForgetsIt()
    {
        var sink = new ProblemSink(samePlaces: 3);
        for (int i = 0; i < ProblemSink.Limit * 3; i++)
        {
            sink.Add(RuleCatalog.NotHttps, i, 1, "x");
        }

        Assert.Equal(4, sink.Problems.Count);
        Assert.Equal(ProblemSink.Limit * 3 - 4, sink.Problems[3].More);
        Assert.False(sink.Truncated);

        sink.Clear();
        sink.Add(RuleCatalog.NotHttps, 0, 1, "x");
        Assert.Equal(0, Assert.Single(sink.Problems).More);
    }

    [Fact]
    public void WithSamePlaces_APlacePastTheLimitCannotStandForTheRest_TheLimitsNoteSaysSo()
    {
        var sink = new ProblemSink(samePlaces: 1);
        for (int i = 0; i < ProblemSink.Limit; i++)
        {
            sink.Add(new Problem(new Rule("LBX9" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), RuleSeverity.Warning, "c", "t", "m"), i, 1, System.Array.Empty<string>()));
        }

        sink.Add(RuleCatalog.NotHttps, 5000, 1, "first");
        sink.Add(RuleCatalog.NotHttps, 5001, 1, "second");
        sink.Add(RuleCatalog.NotHttps, 5002, 1, "third");

        Assert.Equal(ProblemSink.Limit + 1, sink.Problems.Count);
        Assert.Equal("LBX0007", sink.Problems[^1].Rule.Id);
        Assert.DoesNotContain(sink.Problems, p => p.More > 0);
    }
}
