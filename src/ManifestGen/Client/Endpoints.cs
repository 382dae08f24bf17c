using System;
using System.Net;

namespace ManifestGen.Client;

/// <summary>Only https, except an explicitly allowed loopback endpoint (the local sandbox): the key must not travel in clear.</summary>
internal static class Endpoints
{
    public static Uri Check(LabelboxClientOptions options)
    {
        Uri endpoint = options.Endpoint ?? throw new ArgumentException("LabelboxClientOptions.Endpoint is not set.", nameof(options));
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("LabelboxClientOptions.Endpoint must be an absolute https URL, e.g. " + LabelboxClientOptions.DefaultEndpoint + ".", nameof(options));
        }

        if (endpoint.Scheme == Uri.UriSchemeHttps)
        {
            return endpoint;
        }

        if (endpoint.Scheme == Uri.UriSchemeHttp && IsLoopback(endpoint))
        {
            return options.AllowInsecureLoopback
                ? endpoint
                : throw new ArgumentException(
                    "The endpoint " + endpoint + " is http; for the local sandbox set LabelboxClientOptions.AllowInsecureLoopback = true.", nameof(options));
        }

        throw new ArgumentException(
            "The endpoint " + endpoint + " is not https; Labelbox is reached over https only (plain http is allowed for a loopback sandbox alone).", nameof(options));
    }

    /// <summary>127.0.0.0/8, ::1 or localhost: what <see cref="LabelboxClientOptions.AllowInsecureLoopback"/> allows over http (lbx checks its --endpoint with it too).</summary>
    public static bool IsLoopback(Uri endpoint) =>
        endpoint.IsLoopback || (IPAddress.TryParse(endpoint.DnsSafeHost, out IPAddress? ip) && IPAddress.IsLoopback(ip));
}
