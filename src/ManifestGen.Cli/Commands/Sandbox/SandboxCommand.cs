using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Terminal;
using ManifestGen.Sandbox;
using Microsoft.AspNetCore.Connections;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Sandbox;

/// <summary>
/// <c>lbx sandbox</c>: runs the local Labelbox-compatible sandbox until Ctrl+C or SIGTERM, then stops it
/// cleanly (exit 0). It starts the same way as <c>dotnet run --project src/ManifestGen.Sandbox</c>:
/// <see cref="LabelboxSandbox.StartAsync"/> with the options given here.
/// </summary>
internal sealed class SandboxCommand : LbxAsyncCommand<SandboxSettings>
{
    public SandboxCommand(CommandEnvironment environment)
        : base(environment)
    {
    }

    public override async Task<int> ExecuteAsync(CommandContext context, SandboxSettings settings, CancellationToken cancellationToken)
    {
        IAnsiConsole console = Environment.Console;
        var options = new SandboxOptions
        {
            Host = settings.Host,
            Port = settings.Port,
            ApiKey = settings.ApiKey,
            DataDirectory = settings.Data is { } data ? Path.GetFullPath(data, Environment.WorkingDirectory) : null,
        };
        string? metadata = settings.Metadata is { } named ? Path.GetFullPath(named, Environment.WorkingDirectory) : null;
        if (metadata != null)
        {
            if (!File.Exists(metadata))
            {
                throw new UsageException("'" + settings.Metadata + "' does not exist (looked for " + metadata + "); name a labelbox.metadata.json");
            }

            try
            {
                options.AddMetadataFile(metadata);
            }
            catch (InvalidDataException e)
            {
                console.Error(e.Message);
                return ExitCodes.Errors;
            }
        }

        if (!settings.LoopbackOnly)
        {
            string key = settings.ApiKey is null ? ", and it takes any API key (--api-key requires one)" : "";
            console.MarkupLineInterpolated($"[yellow]warning:[/] listening on {settings.Host}: other machines can reach the sandbox, over plain http{key}.");
        }

        LabelboxSandbox sandbox;
        try
        {
            sandbox = await LabelboxSandbox.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            throw new UsageException("Port " + settings.Port + " on " + settings.Host + " is in use (another sandbox?); choose another with --port, or stop what uses it.");
        }
        catch (SandboxDataException e)
        {
            throw new UsageException(e.Message);
        }

        await using (sandbox.ConfigureAwait(false))
        {
            WriteBanner(console, sandbox, options, metadata);
            await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            console.MarkupLine("Stopping the sandbox…");
        }

        console.MarkupLine("[green]Sandbox stopped.[/]");
        return ExitCodes.Success;
    }

    /// <summary>Plain lines, never wrapped at the terminal width: scripts read the endpoint from the first.</summary>
    private static void WriteBanner(IAnsiConsole console, LabelboxSandbox sandbox, SandboxOptions options, string? metadata)
    {
        string endpoint = sandbox.GraphQLEndpoint.AbsoluteUri;
        TextWriter output = console.Raw();
        output.WriteLine("Labelbox sandbox listening: GraphQL at " + endpoint + (options.ApiKey is null ? " (any API key accepted)" : " (API key required)"));
        output.WriteLine("  data:        " + (options.DataDirectory ?? "in memory, gone when it stops (--data DIR keeps it)"));
        IReadOnlyList<string> fields = sandbox.State.CustomMetadataFieldNames;
        output.WriteLine("  metadata:    " + (fields.Count == 0
            ? "reserved fields only (--metadata labelbox.metadata.json adds a project's)"
            : LbxConsole.Plural(fields.Count, "custom field") + " (" + string.Join(", ", fields) + ")"
                + (metadata is null ? " kept in the data folder" : " from " + metadata)));
        output.WriteLine("  lbx:         lbx submit images.lbx.json --dataset try --endpoint " + endpoint + "   (or set " + LabelboxTarget.EndpointVariable + "=" + endpoint + ")");
        output.WriteLine("  Python SDK:  labelbox.Client(api_key=\"" + (options.ApiKey is null ? "any" : "<your --api-key>") + "\", endpoint=\"" + endpoint + "\")");
        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
    }
}
