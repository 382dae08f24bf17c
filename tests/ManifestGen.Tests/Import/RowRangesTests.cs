using System;
using System.Linq;
using ManifestGen.Import;

namespace ManifestGen.Tests.Import;

/// <summary>The index ranges a sync's plan is recorded as: runs of rows are a pair of numbers each, and membership is exact at every edge.</summary>
public sealed class RowRangesTests
{
    [Fact]
    public void Runs_become_start_end_pairs_and_membership_is_exact_at_their_edges()
    {
        RowRanges ranges = RowRanges.Of([0, 1, 2, 5, 9, 10]);

        Assert.Equal([0L, 3, 5, 6, 9, 11], ranges.Bounds);
        Assert.Equal([0L, 1, 2, 5, 9, 10], Enumerable.Range(0, 13).Select(i => (long)i).Where(ranges.Contains));
    }

    [Fact]
    public void A_hundred_and_fifty_thousand_rows_in_a_few_runs_are_a_few_numbers()
    {
        RowRanges ranges = RowRanges.Of(Enumerable.Range(0, 150_000).Where(i => i != 70_000).Select(i => (long)i));

        Assert.Equal([0L, 70_000, 70_001, 150_000], ranges.Bounds);
        Assert.False(ranges.Contains(70_000));
        Assert.True(ranges.Contains(149_999));
        Assert.False(RowRanges.Of([]).Contains(0));
    }

    [Theory]
    [InlineData(new long[] { 0 })]
    [InlineData(new long[] { 5, 3 })]
    [InlineData(new long[] { 0, 2, 1, 4 })]
    [InlineData(new long[] { 2, 2 })]
    [InlineData(new long[] { -1, 2 })]
    public void Bounds_that_are_not_ascending_pairs_are_refused(long[] bounds) =>
        Assert.Throws<FormatException>(() => new RowRanges(bounds));
}
