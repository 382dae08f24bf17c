using System;
using System.Runtime.InteropServices;
using System.Threading;
using ManifestGen.Cli;
using ManifestGen.Cli.Commands;
using ManifestGen.Cli.Terminal;

// The process entry point: the real terminal, working directory and variables, and Ctrl+C or SIGTERM as
// the cancellation (an import stops and keeps its journal for lbx resume; lbx sandbox stops its sandbox);
// everything else is in LbxApp, which tests run in-process with a test console.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested; // a second Ctrl+C ends the process at once
    cancellation.Cancel();
};
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    // End as Ctrl+C does: the command stops cleanly and returns its exit code; a second SIGTERM ends the process.
    context.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
});
var console = LbxConsole.Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
return LbxApp.Run(args, new CommandEnvironment(console, Environment.CurrentDirectory) { Cancellation = cancellation.Token });
