using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ManifestGen.Sandbox;

/// <summary>Writes injected faults onto the HTTP response, with the bodies Labelbox's front ends send.</summary>
internal static class FaultResponses
{
    /// <summary>Envoy's body for a reset upstream; the Python SDK maps it to InternalServerError("Connection reset").</summary>
    public const string UpstreamResetBody = "upstream connect error or disconnect/reset before headers. reset reason: connection termination";

    public const string BadGatewayBody = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";

    /// <summary>Delays, then writes the failure if there is one; true when the request must not be processed.</summary>
    public static async Task<bool> ApplyBeforeAsync(HttpContext context, FaultDecision fault, SandboxFaults faults)
    {
        if (fault.Delay > System.TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, context.RequestAborted);
        }

        switch (fault.Failure)
        {
            case SandboxFaultKind.DropConnection:
                context.Abort();
                return true;
            case SandboxFaultKind.BadGateway:
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync(BadGatewayBody, context.RequestAborted);
                return true;
            case SandboxFaultKind.ServiceUnavailable:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync(UpstreamResetBody, context.RequestAborted);
                return true;
            case SandboxFaultKind.RateLimit:
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = faults.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(JsonSerializer.Serialize(new { message = faults.RateLimitMessage }), context.RequestAborted);
                return true;
            default:
                return false;
        }
    }
}
