using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ManifestGen.Sandbox.Hosting;

/// <summary>The one check of <see cref="SandboxOptions.ApiKey"/>: GraphQL and the admin routes ask it alike.</summary>
internal static class ApiKeyCheck
{
    /// <summary>True when no key is required, or the request carries it as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public static bool IsAuthorized(HttpRequest request, SandboxOptions options)
    {
        if (options.ApiKey is null)
        {
            return true;
        }

        string header = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header.Substring(Bearer.Length).Trim()), Encoding.UTF8.GetBytes(options.ApiKey));
    }
}
