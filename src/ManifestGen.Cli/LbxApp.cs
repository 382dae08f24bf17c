using System;
using System.Reflection;
using ManifestGen.Cli.Commands;
using ManifestGen.Cli.Commands.Init;
using ManifestGen.Cli.Commands.Plan;
using ManifestGen.Cli.Commands.Preflight;
using ManifestGen.Cli.Commands.Sandbox;
using ManifestGen.Cli.Commands.Schema;
using ManifestGen.Cli.Commands.Submit;
using ManifestGen.Cli.Commands.Validate;
using ManifestGen.Cli.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli;

/// <summary>
/// The lbx command tree. Each command is a Spectre.Console.Cli command with a settings class of
/// its own and the process's <see cref="CommandEnvironment"/>.
/// </summary>
internal static class LbxApp
{
    private static readonly string[] HelpArguments = { "--help" };

    /// <summary>Runs lbx with <paramref name="args"/>; the result is the process exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, IAnsiConsole console, string workingDirectory) =>
        Run(args, new CommandEnvironment(console, workingDirectory));

    /// <summary>Runs lbx in <paramref name="environment"/> (tests: a sandbox endpoint, variables, a cancellation).</summary>
    public static int Run(string[] args, CommandEnvironment environment)
    {
        if (args.Length == 0)
        {
            // As git (1) and dotnet (129) do, not gh (0): the usage, and a failure, so a script whose command
            // came out empty stops there. Ours is exit code 2, as for every other command-line mistake.
            Create(environment).Run(HelpArguments);
            return ExitCodes.Usage;
        }

        return Create(environment).Run(args, environment.Cancellation);
    }

    private static CommandApp Create(CommandEnvironment environment)
    {
        IAnsiConsole console = environment.Console;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("lbx");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(console);
            config.UseStrictParsing();
            config.Settings.Registrar.RegisterInstance(environment);
            config.SetInterceptor(new MissingOptionValues());
            config.SetExceptionHandler((exception, _) => Fail(console, exception));

            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Checks .lbx.json manifests and their labelbox.metadata.json with the same diagnostics as the build.")
                .WithExample("validate")
                .WithExample("validate", "\"data/**/*.lbx.json\"", "--format", "sarif");
            config.AddCommand<InitCommand>("init")
                .WithDescription("Writes a starter manifest and labelbox.metadata.json that validate clean.")
                .WithExample("init")
                .WithExample("init", "data", "--force");
            config.AddCommand<PreflightCommand>("preflight")
                .WithDescription("Validates the manifests, then checks the local files they name (exists, size, real format, dimensions) before an upload; exit 1 on an error.")
                .WithExample("preflight")
                .WithExample("preflight", "\"data/**/*.lbx.json\"");
            config.AddCommand<SubmitCommand>("submit")
                .WithDescription("Validates the manifests, then imports their rows into a new Labelbox dataset, or an existing one (API key from LABELBOX_API_KEY).")
                .WithExample("submit", "images.lbx.json", "--dataset", "cats")
                .WithExample("submit", "images.lbx.json", "--dataset-id", "<dataset id>")
                .WithExample("submit", "data", "--dataset", "cats", "--sandbox")
                .WithExample("submit", "data", "--dataset", "cats", "--endpoint", "http://127.0.0.1:5080/graphql");
            config.AddCommand<PlanCommand>("plan")
                .WithDescription("Shows what submitting the manifests into an existing dataset would do, row by row, sending nothing (exit 0: no change, 2: changes, 1: error).")
                .WithExample("plan", "\"data/**/*.lbx.json\"", "--dataset-id", "<dataset id>")
                .WithExample("plan", "data", "--dataset-id", "<dataset id>", "--format", "markdown");
            config.AddCommand<ResumeCommand>("resume")
                .WithDescription("Continues an interrupted submit from its journal; name the same manifests (and --endpoint) again.")
                .WithExample("resume", ".lbx-journal.jsonl", "images.lbx.json")
                .WithExample("resume", ".lbx-journal.jsonl", "images.lbx.json", "--endpoint", "http://127.0.0.1:5080/graphql");
            config.AddCommand<SandboxCommand>("sandbox")
                .WithDescription("Runs a local Labelbox-compatible sandbox until Ctrl+C; point lbx (--endpoint) or the Python SDK at the URL it prints.")
                .WithExample("sandbox")
                .WithExample("sandbox", "--port", "5081", "--metadata", "labelbox.metadata.json", "--data", ".sandbox");
            config.AddBranch("schema", schema =>
            {
                schema.SetDescription("Works with the organisation's metadata schema.");
                schema.AddCommand<SchemaPullCommand>("pull")
                    .WithDescription("Writes labelbox.metadata.json from the organisation's custom metadata fields, with their schema ids.")
                    .WithExample("schema", "pull")
                    .WithExample("schema", "pull", "--output", "data/labelbox.metadata.json");
                schema.AddCommand<SchemaPushCommand>("push")
                    .WithDescription("Creates the fields and enum options labelbox.metadata.json declares but the organisation lacks (after a confirmation, or --yes), then writes the file with their schema ids.")
                    .WithExample("schema", "push")
                    .WithExample("schema", "push", "--metadata", "data/labelbox.metadata.json", "--yes");
            });
        });
        return app;
    }

    /// <summary>The informational version the package was built with (the build stamps it, e.g. 0.1.0+commit).</summary>
    public static string Version { get; } =
        typeof(LbxApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>
    /// A command-line mistake is exit code 2 with Spectre's explanation; a command stopped by Ctrl+C is 130;
    /// anything else is a failure (1).
    /// </summary>
    private static int Fail(IAnsiConsole console, Exception exception)
    {
        switch (exception)
        {
            case OperationCanceledException:
                console.Error("Cancelled.");
                return ExitCodes.Cancelled;
            case CommandAppException { Pretty: { } pretty }:
                console.Write(pretty);
                return ExitCodes.Usage;
            case CommandAppException or UsageException:
                console.Error(exception.Message);
                return ExitCodes.Usage;
            default:
                console.WriteException(exception, ExceptionFormats.ShortenEverything);
                return ExitCodes.Errors;
        }
    }
}
