using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace ManifestGen.Resilience;

/// <summary>
/// Builds the Polly pipeline every request runs in: retries of transient faults with jittered,
/// capped exponential backoff (or the service's Retry-After, capped), bounded in attempts and in
/// total time, around a per-attempt time-out.
/// </summary>
internal static class RequestPipelines
{
    private static readonly ResiliencePropertyKey<long> StartedAt = new("ManifestGen.StartedAt");

    public static ResiliencePipeline<RawResponse> Create(LabelboxRetryOptions retry, TimeSpan attemptTimeout, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<RawResponse> { TimeProvider = time };
        if (retry.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<RawResponse>
            {
                MaxRetryAttempts = retry.MaxAttempts - 1,
                // Only while the least wait fits in the budget: a wait cut to what is left would bring
                // attempts sooner than Retry-After asks, in a burst at the budget's end.
                ShouldHandle = args => new ValueTask<bool>(TransientFaults.IsTransient(args.Outcome)
                    && Remaining(args.Context, retry, time) >= LeastWait(args.Outcome, args.AttemptNumber, retry)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(Delay(args.Outcome, args.AttemptNumber, args.Context, retry, time)),
                OnRetry = args =>
                {
                    Log.Retrying(logger, args.Context.OperationKey ?? "request", args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.AddTimeout(attemptTimeout).Build();
    }

    /// <summary>Marks the start of a request, for the total budget.</summary>
    public static void Start(ResilienceContext context, TimeProvider time) => context.Properties.Set(StartedAt, time.GetTimestamp());

    /// <summary>The wait before the next attempt: Retry-After if given, else jittered exponential; never past the budget.</summary>
    private static TimeSpan Delay(Outcome<RawResponse> outcome, int attempt, ResilienceContext context, LabelboxRetryOptions retry, TimeProvider time)
    {
        TimeSpan wait = LeastWait(outcome, attempt, retry);
        if (outcome.Result?.RetryAfter is null)
        {
            // Equal jitter: half the exponential step for sure (the least wait), half at random, so clients spread out.
            wait += TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * wait.TotalMilliseconds);
        }

        TimeSpan remaining = Remaining(context, retry, time);
        return wait < remaining ? wait : remaining;
    }

    /// <summary>The shortest wait the next attempt may come after: Retry-After (capped), else half the exponential step.</summary>
    private static TimeSpan LeastWait(Outcome<RawResponse> outcome, int attempt, LabelboxRetryOptions retry)
    {
        if (outcome.Result?.RetryAfter is { } retryAfter)
        {
            return retryAfter < retry.MaxRetryAfter ? retryAfter : retry.MaxRetryAfter;
        }

        double step = Math.Min(retry.MaxDelay.TotalMilliseconds, retry.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30)));
        return TimeSpan.FromMilliseconds(step / 2);
    }

    private static TimeSpan Remaining(ResilienceContext context, LabelboxRetryOptions retry, TimeProvider time) =>
        context.Properties.TryGetValue(StartedAt, out long started) ? retry.TotalBudget - time.GetElapsedTime(started) : retry.TotalBudget;

    private static string Describe(Outcome<RawResponse> outcome) =>
        outcome.Exception is { } e ? e.GetType().Name : "HTTP " + outcome.Result!.Status;
}
