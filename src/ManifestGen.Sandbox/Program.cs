using System;
using System.Collections.Generic;
using ManifestGen.Sandbox;
using ManifestGen.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Standalone: dotnet run --project src/ManifestGen.Sandbox -- --urls http://127.0.0.1:5080 [--data DIR]
// Options come from the "Sandbox" configuration section (appsettings.json, environment
// Sandbox__ApiKey, or --Sandbox:ApiKey=…); faults can be changed at run time with POST /_sandbox/faults.
// --data DIR (or Sandbox:DataDirectory) keeps the state in DIR, so that the next start on it serves the same.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data"] = "Sandbox:DataDirectory" });
var options = new SandboxOptions();
builder.Configuration.GetSection("Sandbox").Bind(options);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

SandboxState state;
try
{
    state = SandboxApp.AddServices(builder.Services, options);
}
catch (SandboxDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

WebApplication app = builder.Build();
SandboxApp.Configure(app);
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (string address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses)
    {
        Console.WriteLine("Labelbox sandbox listening: GraphQL at " + address.TrimEnd('/') + "/graphql"
            + (options.ApiKey is null ? " (any API key accepted)" : " (API key required)")
            + (options.DataDirectory is null ? string.Empty : ", state in " + options.DataDirectory));
    }
});
try
{
    app.Run(); // disposes the host when it stops, and so waits for the import tasks
}
finally
{
    state.Close();
}

return 0;
