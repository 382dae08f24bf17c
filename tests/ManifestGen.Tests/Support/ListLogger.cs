using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ManifestGen.Tests.Support;

/// <summary>Keeps every log line (all levels), to scan for what must never be logged.</summary>
internal sealed class ListLogger : ILogger<LabelboxClient>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue(logLevel + " " + formatter(state, exception) + " " + exception);
}
