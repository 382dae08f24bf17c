using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ManifestGen.Sandbox;

/// <summary>Which requests faults are injected into.</summary>
[Flags]
public enum SandboxFaultScope
{
    /// <summary>No request.</summary>
    None = 0,

    /// <summary>GraphQL queries (and unreadable requests).</summary>
    Queries = 1,

    /// <summary>GraphQL mutations other than uploadFile.</summary>
    Mutations = 2,

    /// <summary>uploadFile (multipart) requests.</summary>
    Uploads = 4,

    /// <summary>GET of an uploaded file.</summary>
    Downloads = 8,

    /// <summary>Every request.</summary>
    All = Queries | Mutations | Uploads | Downloads,
}

/// <summary>The kinds of fault the sandbox injects.</summary>
public enum SandboxFaultKind
{
    /// <summary>HTTP 502 with a gateway's HTML body; nothing processed.</summary>
    BadGateway,

    /// <summary>HTTP 503 with Envoy's "upstream connect error or disconnect/reset before headers" body; nothing processed.</summary>
    ServiceUnavailable,

    /// <summary>HTTP 429 with a Retry-After header (seconds); nothing processed.</summary>
    RateLimit,

    /// <summary>The connection is aborted before the request is processed.</summary>
    DropConnection,

    /// <summary>The request is processed, then the connection is aborted before the response: the client cannot know it worked.</summary>
    LostResponse,

    /// <summary>The response is delayed (the request is still processed normally).</summary>
    Delay,
}

/// <summary>What the fault injector decided for one request.</summary>
internal readonly record struct FaultDecision(SandboxFaultKind? Failure, bool LoseResponse, TimeSpan Delay);

/// <summary>
/// Fault injection, changeable at run time from any thread. Every request in <see cref="Scope"/>
/// draws the same number of random numbers from one seeded generator, so a given sequence of
/// requests meets the same faults every run. Rates are probabilities from 0 to 1.
/// </summary>
public sealed class SandboxFaults
{
    /// <summary>The default body of an injected 429; it deliberately does not start with "You have exceeded" (the Python SDK's ApiLimitError, which it does not retry).</summary>
    public const string DefaultRateLimitMessage = "Too many requests: the sandbox injected a rate limit. Retry after the Retry-After header's seconds.";

    private readonly object gate = new();
    private readonly long[] injected = new long[Enum.GetValues<SandboxFaultKind>().Length];
    private Random random;
    private double serverErrorRate;
    private double rateLimitRate;
    private double dropConnectionRate;
    private double lostResponseRate;
    private double delayRate;
    private TimeSpan minDelay = TimeSpan.FromMilliseconds(10);
    private TimeSpan maxDelay = TimeSpan.FromMilliseconds(100);
    private int retryAfterSeconds = 1;
    private string rateLimitMessage = DefaultRateLimitMessage;
    private SandboxFaultScope scope = SandboxFaultScope.All;

    internal SandboxFaults(int seed) => random = new Random(seed);

    /// <summary>Probability of HTTP 502 or 503 (half each), instead of processing.</summary>
    public double ServerErrorRate { get => Get(ref serverErrorRate); set => SetRate(ref serverErrorRate, value); }

    /// <summary>Probability of HTTP 429 with Retry-After, instead of processing.</summary>
    public double RateLimitRate { get => Get(ref rateLimitRate); set => SetRate(ref rateLimitRate, value); }

    /// <summary>Probability of aborting the connection before processing.</summary>
    public double DropConnectionRate { get => Get(ref dropConnectionRate); set => SetRate(ref dropConnectionRate, value); }

    /// <summary>Probability of processing the request, then aborting the connection instead of answering.</summary>
    public double LostResponseRate { get => Get(ref lostResponseRate); set => SetRate(ref lostResponseRate, value); }

    /// <summary>Probability of delaying the response by a time between <see cref="MinDelay"/> and <see cref="MaxDelay"/>.</summary>
    public double DelayRate { get => Get(ref delayRate); set => SetRate(ref delayRate, value); }

    /// <summary>The shortest injected delay.</summary>
    public TimeSpan MinDelay
    {
        get { lock (gate) { return minDelay; } }
        set { SetDelays(value, null); }
    }

    /// <summary>The longest injected delay.</summary>
    public TimeSpan MaxDelay
    {
        get { lock (gate) { return maxDelay; } }
        set { SetDelays(null, value); }
    }

    /// <summary>Sets both ends of the delay range at once.</summary>
    /// <param name="min">The shortest delay (0 or more).</param>
    /// <param name="max">The longest delay (at least <paramref name="min"/>).</param>
    public void SetDelayRange(TimeSpan min, TimeSpan max) => SetDelays(min, max);

    /// <summary>The Retry-After header of an injected 429, in whole seconds (0 or more).</summary>
    public int RetryAfterSeconds
    {
        get { lock (gate) { return retryAfterSeconds; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            lock (gate) { retryAfterSeconds = value; }
        }
    }

    /// <summary>The top-level "message" of an injected 429's JSON body.</summary>
    public string RateLimitMessage
    {
        get { lock (gate) { return rateLimitMessage; } }
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (gate) { rateLimitMessage = value; }
        }
    }

    /// <summary>Which requests are affected.</summary>
    public SandboxFaultScope Scope
    {
        get { lock (gate) { return scope; } }
        set { lock (gate) { scope = value; } }
    }

    /// <summary>How many faults of each kind were injected.</summary>
    public IReadOnlyDictionary<SandboxFaultKind, long> Injected =>
        Enum.GetValues<SandboxFaultKind>().ToDictionary(k => k, k => Interlocked.Read(ref injected[(int)k]));

    /// <summary>How many faults of one kind were injected.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    public long InjectedCount(SandboxFaultKind kind) => Interlocked.Read(ref injected[(int)kind]);

    /// <summary>Restarts the random sequence from a seed.</summary>
    /// <param name="seed">The seed.</param>
    public void Reseed(int seed)
    {
        lock (gate)
        {
            random = new Random(seed);
        }
    }

    /// <summary>Turns every fault off (rates to 0, scope to all, default delays and 429) and zeroes the counters.</summary>
    public void Clear()
    {
        lock (gate)
        {
            serverErrorRate = rateLimitRate = dropConnectionRate = lostResponseRate = delayRate = 0;
            minDelay = TimeSpan.FromMilliseconds(10);
            maxDelay = TimeSpan.FromMilliseconds(100);
            retryAfterSeconds = 1;
            rateLimitMessage = DefaultRateLimitMessage;
            scope = SandboxFaultScope.All;
            Array.Clear(injected);
        }
    }

    /// <summary>Draws the faults for one request: always six numbers when in scope, so sequences repeat.</summary>
    internal FaultDecision Decide(SandboxFaultScope requestScope)
    {
        lock (gate)
        {
            if ((scope & requestScope) == 0)
            {
                return default;
            }

            double drop = random.NextDouble();
            double server = random.NextDouble();
            double limit = random.NextDouble();
            double lost = random.NextDouble();
            double delayDraw = random.NextDouble();
            double delayLength = random.NextDouble();

            TimeSpan delay = TimeSpan.Zero;
            if (delayDraw < delayRate)
            {
                delay = minDelay + ((maxDelay - minDelay) * delayLength);
                Count(SandboxFaultKind.Delay);
            }

            SandboxFaultKind? failure = null;
            if (drop < dropConnectionRate)
            {
                failure = SandboxFaultKind.DropConnection;
            }
            else if (server < serverErrorRate)
            {
                failure = delayLength < 0.5 ? SandboxFaultKind.BadGateway : SandboxFaultKind.ServiceUnavailable;
            }
            else if (limit < rateLimitRate)
            {
                failure = SandboxFaultKind.RateLimit;
            }

            bool loseResponse = failure is null && lost < lostResponseRate;
            if (failure is { } kind)
            {
                Count(kind);
            }
            else if (loseResponse)
            {
                Count(SandboxFaultKind.LostResponse);
            }

            return new FaultDecision(failure, loseResponse, delay);
        }
    }

    private void Count(SandboxFaultKind kind) => Interlocked.Increment(ref injected[(int)kind]);

    private double Get(ref double field)
    {
        lock (gate)
        {
            return field;
        }
    }

    private void SetRate(ref double field, double value)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A rate is a probability from 0 to 1.");
        }

        lock (gate)
        {
            field = value;
        }
    }

    private void SetDelays(TimeSpan? min, TimeSpan? max)
    {
        lock (gate)
        {
            TimeSpan newMin = min ?? minDelay;
            TimeSpan newMax = max ?? maxDelay;
            if (newMin < TimeSpan.Zero || newMax < newMin)
            {
                throw new ArgumentOutOfRangeException(min is null ? nameof(MaxDelay) : nameof(MinDelay), "Delays need 0 <= MinDelay <= MaxDelay.");
            }

            minDelay = newMin;
            maxDelay = newMax;
        }
    }
}
