using System;

namespace ManifestGen.Resilience;

/// <summary>One HTTP answer, read whole inside the attempt, so a connection dropped mid-body is retried too.</summary>
internal sealed record RawResponse(int Status, string Body, string? ContentType, TimeSpan? RetryAfter);
