using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Sandbox;
using Microsoft.Extensions.Configuration;

// Standalone: dotnet run --project src/ManifestGen.Sandbox [-- --urls http://127.0.0.1:5081] [--data DIR]
// Listens on 127.0.0.1:5080 unless --urls (or ASPNETCORE_URLS) names one address. Options come from the
// "Sandbox" configuration section (appsettings.json, environment Sandbox__ApiKey, or --Sandbox:ApiKey=…);
// faults can be changed at run time with POST /_sandbox/faults. Ctrl+C or SIGTERM stops it.
// --data DIR (or Sandbox:DataDirectory) keeps the state in DIR, so that the next start on it serves the same.
IConfiguration configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddEnvironmentVariables("ASPNETCORE_")
    .AddCommandLine(args, new Dictionary<string, string> { ["--data"] = "Sandbox:DataDirectory" })
    .Build();
var options = new SandboxOptions { Port = SandboxOptions.StandalonePort };
configuration.GetSection("Sandbox").Bind(options);
if (configuration["urls"] is { Length: > 0 } urls)
{
    // One http address: Kestrel's wildcards (*, +) are every address, as ASP.NET reads them.
    if (urls.Contains(';', StringComparison.Ordinal)
        || !Uri.TryCreate(urls.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out Uri? url)
        || url.Scheme != Uri.UriSchemeHttp)
    {
        Console.Error.WriteLine("error: --urls '" + urls + "' must be one http address, such as http://127.0.0.1:5080.");
        return 2;
    }

    options.Host = url.Host;
    options.Port = url.Port;
}

using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true; // stop the sandbox first, then end normally
    stop.Cancel();
}

using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
LabelboxSandbox sandbox;
try
{
    sandbox = await LabelboxSandbox.StartAsync(options);
}
catch (SandboxDataException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}
catch (IOException e)
{
    Console.Error.WriteLine("error: " + e.Message + " Is another sandbox running? Choose another port with --urls http://127.0.0.1:<port>.");
    return 2;
}

await using var stopping = sandbox;
Console.WriteLine("Labelbox sandbox listening: GraphQL at " + sandbox.GraphQLEndpoint
    + (options.ApiKey is null ? " (any API key accepted)" : " (API key required)")
    + (options.DataDirectory is null ? string.Empty : ", state in " + options.DataDirectory));
await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
return 0;
