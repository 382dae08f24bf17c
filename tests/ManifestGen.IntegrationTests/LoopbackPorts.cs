using System.Net;
using System.Net.Sockets;

namespace ManifestGen.IntegrationTests;

/// <summary>Ports for the servers the tests start as child processes.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port free on 127.0.0.1 right now (the system picks it), for a child told to listen there.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
