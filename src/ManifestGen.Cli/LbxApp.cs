using System;
using System.Reflection;
using ManifestGen.Cli.Commands;
using ManifestGen.Cli.Commands.Init;
using ManifestGen.Cli.Commands.Validate;
using ManifestGen.Cli.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli;

/// <summary>
/// The lbx command tree. Each command is a Spectre.Console.Cli command with a settings class of
/// its own; the ones that need the Labelbox client (preflight, submit, resume, schema pull) join
/// here with <c>AddCommand</c> or <c>AddBranch</c> once it exists.
/// </summary>
internal static class LbxApp
{
    /// <summary>Runs lbx with <paramref name="args"/>; the result is the process exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, IAnsiConsole console, string workingDirectory)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("lbx");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(console);
            config.UseStrictParsing();
            config.Settings.Registrar.RegisterInstance(new CommandEnvironment(console, workingDirectory));
            config.SetExceptionHandler((exception, _) => Fail(console, exception));

            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Checks .lbx.json manifests and their labelbox.metadata.json with the same diagnostics as the build.")
                .WithExample("validate")
                .WithExample("validate", "data/**/*.lbx.json", "--format", "sarif");
            config.AddCommand<InitCommand>("init")
                .WithDescription("Writes a starter manifest and labelbox.metadata.json that validate clean.")
                .WithExample("init")
                .WithExample("init", "data", "--force");
        });
        return app.Run(args);
    }

    /// <summary>The informational version the package was built with (the build stamps it, e.g. 0.1.0+commit).</summary>
    public static string Version { get; } =
        typeof(LbxApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>A command-line mistake is exit code 2 with Spectre's explanation; anything else is a failure (1).</summary>
    private static int Fail(IAnsiConsole console, Exception exception)
    {
        switch (exception)
        {
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
