using System;
using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen.Client;

/// <summary>
/// Polls a piece of work at Labelbox (an import task, a global-key job) until it finishes: first after
/// <see cref="LabelboxClientOptions.PollInitialDelay"/>, then twice as long each time up to
/// <see cref="LabelboxClientOptions.PollMaxDelay"/>; sooner when its completion percentage says it will end before the
/// next poll (never sooner than the first wait); at most <see cref="LabelboxClientOptions.TaskTimeout"/> in all.
/// </summary>
internal sealed class TaskPoller
{
    private readonly LabelboxClientOptions _options;
    private readonly TimeProvider _time;

    public TaskPoller(LabelboxClientOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <param name="read">Reads the work's state once.</param>
    /// <param name="finished">Whether a state is final.</param>
    /// <param name="completionPercentage">How far a state says the work is, if it says.</param>
    /// <param name="stillRunning">The exception for a state still not final after the time-out.</param>
    /// <param name="cancellationToken">Cancels the polling.</param>
    /// <typeparam name="T">A state of the work.</typeparam>
    public async Task<T> UntilFinishedAsync<T>(Func<CancellationToken, Task<T>> read, Func<T, bool> finished, Func<T, double?> completionPercentage,
        Func<T, Exception> stillRunning, CancellationToken cancellationToken)
    {
        long started = _time.GetTimestamp();
        TimeSpan delay = _options.PollInitialDelay;
        (double Percent, long At)? seen = null;
        while (true)
        {
            T state = await read(cancellationToken).ConfigureAwait(false);
            if (finished(state))
            {
                return state;
            }

            long now = _time.GetTimestamp();
            TimeSpan remaining = _options.TaskTimeout - _time.GetElapsedTime(started, now);
            if (remaining <= TimeSpan.Zero)
            {
                throw stillRunning(state);
            }

            TimeSpan wait = delay < remaining ? delay : remaining;
            if (completionPercentage(state) is { } percent)
            {
                if (seen is { } before && percent > before.Percent && percent < 100)
                {
                    // The work says how fast it goes: wake about when it should end, not up to a whole backoff step after
                    // (never sooner than the first wait, which the service asks for).
                    double perSecond = (percent - before.Percent) / Math.Max(_time.GetElapsedTime(before.At, now).TotalSeconds, 1e-3);
                    double expected = Math.Max((100 - percent) / perSecond, _options.PollInitialDelay.TotalSeconds);
                    if (expected < wait.TotalSeconds)
                    {
                        wait = TimeSpan.FromSeconds(expected);
                    }
                }

                seen = (percent, now);
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.PollMaxDelay.Ticks));
        }
    }
}
