using System;
using System.ComponentModel;
using System.Net;
using ManifestGen.Sandbox;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Sandbox;

/// <summary>The arguments of <c>lbx sandbox</c>.</summary>
internal sealed class SandboxSettings : CommandSettings
{
    [CommandOption("-p|--port <PORT>")]
    [Description("The port to listen on; 0 takes a free one.")]
    [DefaultValue(SandboxOptions.StandalonePort)]
    public int Port { get; init; } = SandboxOptions.StandalonePort;

    [CommandOption("--host <ADDRESS>")]
    [Description("The IP address to listen on, or localhost. Anything but loopback lets other machines reach the sandbox, over plain http.")]
    [DefaultValue(SandboxOptions.DefaultHost)]
    public string Host { get; init; } = SandboxOptions.DefaultHost;

    [CommandOption("--data <DIR>")]
    [Description("The folder the sandbox keeps its data in, so it outlives a restart. Default: memory only, gone when it stops.")]
    public string? Data { get; init; }

    [CommandOption("--api-key <KEY>")]
    [Description("Accept only this API key (clients send it as LABELBOX_API_KEY). Default: any key. Never printed.")]
    public string? ApiKey { get; init; }

    [CommandOption("--metadata <FILE>")]
    [Description("A labelbox.metadata.json whose custom fields the sandbox serves, with the schema and option ids it gives.")]
    public string? Metadata { get; init; }

    /// <summary>True when only this machine can reach <see cref="Host"/> (valid once <see cref="Validate"/> passed).</summary>
    public bool LoopbackOnly => IPAddress.IsLoopback(Address(Host)!);

    public override ValidationResult Validate() =>
        Port is < 0 or > IPEndPoint.MaxPort ? ValidationResult.Error("--port must be from 0 (a free port) to 65535")
        : Address(Host) is null ? ValidationResult.Error("--host must be an IP address (127.0.0.1, 0.0.0.0, ::1…) or localhost, not '" + Host + "'")
        : ApiKey is { } key && string.IsNullOrWhiteSpace(key) ? ValidationResult.Error("--api-key must not be empty")
        : ValidationResult.Success();

    private static IPAddress? Address(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out IPAddress? address) ? address
        : null;
}
