using System;

namespace ManifestGen.Client;

/// <summary>Finds the API key (options first, then LABELBOX_API_KEY) and keeps it out of any text shown.</summary>
internal static class ApiKeys
{
    public static string Resolve(LabelboxClientOptions options)
    {
        string? key = options.ApiKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            key = Environment.GetEnvironmentVariable(LabelboxClientOptions.ApiKeyVariable);
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            throw new LabelboxRequestException(LabelboxErrorKind.Authentication,
                "Labelbox API key not provided: set the " + LabelboxClientOptions.ApiKeyVariable
                + " environment variable, or LabelboxClientOptions.ApiKey (e.g. services.AddLabelbox(o => o.ApiKey = …)).");
        }

        return key.Trim();
    }

    /// <summary>The text with every occurrence of the key masked: for anything a service sends back that we show.</summary>
    public static string Redact(string text, string key) =>
        key.Length > 0 ? text.Replace(key, "***", StringComparison.Ordinal) : text;
}
