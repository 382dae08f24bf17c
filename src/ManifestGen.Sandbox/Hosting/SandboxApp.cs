using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using ManifestGen.Sandbox.Import;
using ManifestGen.Sandbox.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ManifestGen.Sandbox.Hosting;

/// <summary>The services and routes of a sandbox, shared by <see cref="LabelboxSandbox"/> and the standalone program.</summary>
internal static class SandboxApp
{
    /// <summary>Adds the services; returns the state, loaded from the data folder if any, for the caller to close after the host.</summary>
    public static SandboxState AddServices(IServiceCollection services, SandboxOptions options)
    {
        var state = new SandboxState(options);
        services.AddSingleton(options);
        services.AddSingleton(state);
        services.AddSingleton(new SandboxFaults(options.FaultSeed));
        services.AddSingleton<ImportTaskWorker>();
        services.AddSingleton<GraphQLEndpoint>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = options.MaxUploadBytes + (1024 * 1024));
        return state;
    }

    /// <summary>Maps the routes, and stops the import tasks as soon as the host begins to stop.</summary>
    public static void Configure(WebApplication app)
    {
        ImportTaskWorker importer = app.Services.GetRequiredService<ImportTaskWorker>();
        app.Lifetime.ApplicationStopping.Register(importer.Stop);
        MapRoutes(app);
    }

    private static void MapRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", (HttpContext context, GraphQLEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapGet("/files/{id}/{name}", ServeFileAsync);

        // Admin: read the counters, change the faults. Not part of the Labelbox API; with an API key set, they want it
        // too (a sandbox listening beyond loopback must not take faults from anyone). Files stay open, as signed URLs are.
        RouteGroupBuilder admin = app.MapGroup("/_sandbox").AddEndpointFilter(async (context, next) =>
            ApiKeyCheck.IsAuthorized(context.HttpContext.Request, context.HttpContext.RequestServices.GetRequiredService<SandboxOptions>())
                ? await next(context)
                : Results.Json(new { message = "Invalid API key" }, statusCode: StatusCodes.Status401Unauthorized));
        admin.MapGet("/state", (SandboxState state, SandboxFaults faults) => Results.Json(new
        {
            rowsStored = state.RowsStored,
            rowsCreated = state.RowsCreated,
            rowsUpdated = state.RowsUpdated,
            rowsFailed = state.RowsFailed,
            tasks = state.Tasks.Count,
            files = state.FilesStored,
            requests = state.RequestsByOperation,
            faultsInjected = FaultCounts(faults),
        }));
        admin.MapPost("/faults", (FaultSettings settings, SandboxFaults faults) =>
        {
            try
            {
                settings.ApplyTo(faults);
            }
            catch (ArgumentException e)
            {
                return Results.BadRequest(new { message = e.Message });
            }

            return Results.Ok(new { faultsInjected = FaultCounts(faults) });
        });
    }

    private static Dictionary<string, long> FaultCounts(SandboxFaults faults)
    {
        var counts = new Dictionary<string, long>();
        foreach ((SandboxFaultKind kind, long count) in faults.Injected)
        {
            counts[kind.ToString()] = count;
        }

        return counts;
    }

    private static async Task ServeFileAsync(HttpContext context, string id, string name, SandboxState state, SandboxFaults faults)
    {
        state.CountRequest("GET /files");
        FaultDecision fault = faults.Decide(SandboxFaultScope.Downloads);
        if (await FaultResponses.ApplyBeforeAsync(context, fault, faults))
        {
            return;
        }

        StoredFile? file = state.FindFile(id);
        if (file is null || file.FileName != name)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (fault.LoseResponse)
        {
            context.Abort();
            return;
        }

        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Length;
        await using System.IO.Stream stream = file.OpenRead();
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}

/// <summary>The JSON body of POST /_sandbox/faults; absent properties are left as they are.</summary>
internal sealed class FaultSettings
{
    public double? ServerErrorRate { get; set; }

    public double? RateLimitRate { get; set; }

    public double? DropConnectionRate { get; set; }

    public double? LostResponseRate { get; set; }

    public double? DelayRate { get; set; }

    public int? MinDelayMs { get; set; }

    public int? MaxDelayMs { get; set; }

    public int? RetryAfterSeconds { get; set; }

    public string? RateLimitMessage { get; set; }

    public SandboxFaultScope? Scope { get; set; }

    public int? Seed { get; set; }

    public bool Clear { get; set; }

    public void ApplyTo(SandboxFaults faults)
    {
        if (Clear)
        {
            faults.Clear();
        }

        if (Seed is { } seed)
        {
            faults.Reseed(seed);
        }

        if (MinDelayMs is not null || MaxDelayMs is not null)
        {
            faults.SetDelayRange(
                MinDelayMs is { } min ? TimeSpan.FromMilliseconds(min) : faults.MinDelay,
                MaxDelayMs is { } max ? TimeSpan.FromMilliseconds(max) : faults.MaxDelay);
        }

        faults.ServerErrorRate = ServerErrorRate ?? faults.ServerErrorRate;
        faults.RateLimitRate = RateLimitRate ?? faults.RateLimitRate;
        faults.DropConnectionRate = DropConnectionRate ?? faults.DropConnectionRate;
        faults.LostResponseRate = LostResponseRate ?? faults.LostResponseRate;
        faults.DelayRate = DelayRate ?? faults.DelayRate;
        faults.RetryAfterSeconds = RetryAfterSeconds ?? faults.RetryAfterSeconds;
        faults.RateLimitMessage = RateLimitMessage ?? faults.RateLimitMessage;
        faults.Scope = Scope ?? faults.Scope;
    }
}
