using System;
using System.Collections.Generic;
using System.Threading;

namespace ManifestGen.Tests.Support;

/// <summary>
/// A clock that never sleeps: a timer shorter than <see cref="Threshold"/> fires at once and moves the
/// clock on by its due time (and is recorded in <see cref="Delays"/>); longer ones (the tests' time-outs)
/// run on the real clock, so they never fire in a fast test.
/// </summary>
internal sealed class InstantTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private long _ticks = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    public TimeSpan Threshold { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A due time that fires at once only the first time (later timers of it run on the real clock): one attempt's
    /// time-out fires, and the retried attempt's does not race the answer.
    /// </summary>
    public TimeSpan? FiresOnce { get; set; }

    private bool _firedOnce;

    public List<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return new DateTimeOffset(_ticks, TimeSpan.Zero);
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _ticks;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new InstantTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private bool AlreadyFiredOnce(TimeSpan due)
    {
        lock (_gate)
        {
            bool fired = due == FiresOnce && _firedOnce;
            _firedOnce |= due == FiresOnce;
            return fired;
        }
    }

    private void Fire(TimeSpan due, TimerCallback callback, object? state, Func<bool> stillArmed)
    {
        lock (_gate)
        {
            _ticks += due.Ticks;
            Delays.Add(due);
        }

        ThreadPool.QueueUserWorkItem(_ =>
        {
            if (stillArmed())
            {
                callback(state);
            }
        });
    }

    private sealed class InstantTimer : ITimer
    {
        private readonly InstantTimeProvider _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private ITimer? _real;
        private int _generation;

        public InstantTimer(InstantTimeProvider owner, TimerCallback callback, object? state)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            int generation = Interlocked.Increment(ref _generation);
            _real?.Dispose();
            _real = null;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            if (dueTime >= _owner.Threshold || _owner.AlreadyFiredOnce(dueTime))
            {
                _real = System.CreateTimer(_callback, _state, dueTime, Timeout.InfiniteTimeSpan);
                return true;
            }

            _owner.Fire(dueTime, _callback, _state, () => Volatile.Read(ref _generation) == generation);
            return true;
        }

        public void Dispose()
        {
            Interlocked.Increment(ref _generation);
            _real?.Dispose();
        }

        public System.Threading.Tasks.ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
