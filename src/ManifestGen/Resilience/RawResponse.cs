using System;

namespace ManifestGen.Resilience;

/// <summary>
/// One HTTP answer, read whole inside the attempt, so a connection dropped mid-body is retried too.
/// <paramref name="ServerFaultInBody"/>: a GraphQL INTERNAL_SERVER_ERROR the SDK retries, though the HTTP status is not 5xx.
/// </summary>
internal sealed record RawResponse(int Status, string Body, string? ContentType, TimeSpan? RetryAfter, bool ServerFaultInBody = false);
