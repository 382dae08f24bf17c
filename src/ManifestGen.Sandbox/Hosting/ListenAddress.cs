using System;
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ManifestGen.Sandbox.Hosting;

/// <summary>Where a sandbox listens (<see cref="SandboxOptions.Host"/>, <see cref="SandboxOptions.Port"/>) and the address clients use.</summary>
internal static class ListenAddress
{
    public static void Configure(KestrelServerOptions kestrel, SandboxOptions options)
    {
        if (options.Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "SandboxOptions.Port must be from 0 (a free port) to 65535.");
        }

        kestrel.Listen(Parse(options.Host), options.Port);
    }

    /// <summary>True when only this machine can reach <paramref name="host"/>.</summary>
    public static bool IsLoopback(string host) => IPAddress.IsLoopback(Parse(host));

    /// <summary>The base address a client on this machine uses: the bound one, or loopback when bound to every address.</summary>
    public static Uri BaseAddress(IPAddress bound, int port)
    {
        IPAddress local = bound.Equals(IPAddress.Any) ? IPAddress.Loopback : bound.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback : bound;
        return new UriBuilder(Uri.UriSchemeHttp, local.ToString(), port, "/").Uri;
    }

    /// <summary>"localhost" is IPv4 loopback: Kestrel cannot take a free port on a name, only on an address.</summary>
    private static IPAddress Parse(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out IPAddress? address) ? address
        : throw new ArgumentException("SandboxOptions.Host must be an IP address or localhost, not '" + host + "'.", nameof(host));
}
