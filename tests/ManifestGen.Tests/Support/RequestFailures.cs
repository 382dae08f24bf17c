using System;
using System.Threading.Tasks;
using Xunit;

namespace ManifestGen.Tests.Support;

/// <summary>xunit's ThrowsAsync for one <see cref="LabelboxErrorKind"/>: every failed request is the one exception type.</summary>
internal static class RequestFailures
{
    public static async Task<LabelboxRequestException> ThrowsAsync(LabelboxErrorKind kind, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<LabelboxRequestException>(call);
        Assert.Equal(kind, e.Kind);
        return e;
    }
}
