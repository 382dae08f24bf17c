using System;
using System.IO;
using System.Net.Http;
using Polly;
using Polly.Timeout;

namespace ManifestGen.Resilience;

/// <summary>
/// What is worth another attempt: 5xx, 408, 429, a GraphQL INTERNAL_SERVER_ERROR the SDK retries, dropped connections
/// and time-outs; never 400/401/403/404.
/// </summary>
internal static class TransientFaults
{
    public static bool IsTransient(Outcome<RawResponse> outcome) => outcome.Exception switch
    {
        null => outcome.Result is { } r && (IsTransientStatus(r.Status) || r.ServerFaultInBody),
        HttpRequestException or IOException or TimeoutRejectedException => true,

        // HttpClient.Timeout surfaces as a cancellation caused by a TimeoutException.
        OperationCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    public static bool IsTransientStatus(int status) => status >= 500 || status == 408 || status == 429;
}
