using System;
using ManifestGen.Cli.Commands;
using ManifestGen.Client;

namespace ManifestGen.Cli.Connection;

/// <summary>
/// Where a command talks to Labelbox, and with which key: Labelbox itself, an endpoint given by
/// --endpoint or LABELBOX_ENDPOINT (the option wins), or a sandbox started in this process (--sandbox).
/// Resolved before any work, so a wrong endpoint or a missing key is exit code 2 and nothing is sent.
/// </summary>
/// <param name="Endpoint">The GraphQL endpoint; null for Labelbox's, or for the in-process sandbox (its port is not known yet).</param>
/// <param name="InProcessSandbox">Start a sandbox in this process and talk to it.</param>
/// <param name="ApiKey">The key to send; null for the in-process sandbox. Never shown.</param>
/// <param name="PlaceholderKey">No LABELBOX_API_KEY was set and the endpoint is loopback: a sandbox, which takes any key.</param>
internal sealed record LabelboxTarget(Uri? Endpoint, bool InProcessSandbox, string? ApiKey, bool PlaceholderKey)
{
    public const string EndpointVariable = "LABELBOX_ENDPOINT";

    /// <summary>Sent to a loopback endpoint when LABELBOX_API_KEY is not set; a sandbox started without --api-key takes any key.</summary>
    private const string Placeholder = "lbx-sandbox";

    public static LabelboxTarget Resolve(CommandEnvironment environment, string? endpointOption, bool sandbox)
    {
        if (sandbox && endpointOption != null)
        {
            throw new UsageException("--sandbox starts a sandbox of its own; give --endpoint or --sandbox, not both.");
        }

        if (sandbox)
        {
            return new LabelboxTarget(null, true, null, false);
        }

        Uri? endpoint = endpointOption != null ? Parse(endpointOption, "--endpoint")
            : environment.Variable(EndpointVariable) is { Length: > 0 } variable ? Parse(variable, EndpointVariable)
            : null;
        string? key = environment.Variable(LabelboxClientOptions.ApiKeyVariable);
        if (!string.IsNullOrWhiteSpace(key))
        {
            return new LabelboxTarget(endpoint, false, key, false);
        }

        if (endpoint != null && Endpoints.IsLoopback(endpoint))
        {
            return new LabelboxTarget(endpoint, false, Placeholder, true);
        }

        throw new UsageException(LabelboxClientOptions.ApiKeyVariable + " is not set; set it to your Labelbox API key "
            + "(Labelbox: Workspace settings → API keys), or add --sandbox to run against a local sandbox"
            + (endpoint != null ? " (a key is needed for every endpoint but a loopback one)." : "."));
    }

    /// <summary>https anywhere, http only on loopback (a sandbox); a URL with no path means its /graphql, as lbx sandbox serves it.</summary>
    private static Uri Parse(string value, string source)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new UsageException(source + " '" + value + "' is not an http(s) URL; give a GraphQL endpoint such as "
                + LabelboxClientOptions.DefaultEndpoint + " or http://127.0.0.1:5080/graphql (lbx sandbox).");
        }

        if (endpoint.Scheme == Uri.UriSchemeHttp && !Endpoints.IsLoopback(endpoint))
        {
            throw new UsageException(source + " '" + value + "' is http on a host that is not this machine; Labelbox is reached over https only "
                + "(http is allowed for a sandbox on 127.0.0.1, localhost or [::1]), so the API key never travels in clear.");
        }

        return endpoint.AbsolutePath == "/" ? new Uri(endpoint, "graphql") : endpoint;
    }

    /// <summary>A sandbox on this machine: the in-process one, or a loopback endpoint.</summary>
    public bool OnThisMachine => InProcessSandbox || (Endpoint != null && Endpoints.IsLoopback(Endpoint));

    /// <summary>How the user names this target again (lbx resume): the endpoint option, or nothing for Labelbox.</summary>
    public string EndpointArgument => Endpoint is { } endpoint ? " --endpoint " + endpoint.AbsoluteUri : "";
}
