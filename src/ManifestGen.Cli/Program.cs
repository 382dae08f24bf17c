using System;
using ManifestGen.Cli;
using ManifestGen.Cli.Terminal;

// The process entry point: the real terminal and working directory; everything else is in LbxApp,
// which tests run in-process with a test console.
return LbxApp.Run(
    args,
    LbxConsole.Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR")),
    Environment.CurrentDirectory);
