using System;
using System.Text;

namespace ManifestGen.Generator.Literals;

/// <summary>
/// When a string constant is taken for a hard-coded Labelbox API key (LBX2006); documented in
/// docs/diagnostics/LBX2006.md. Tuned to stay quiet on placeholders and ordinary strings.
/// </summary>
internal static class ApiKeyHeuristics
{
    /// <summary>Shorter values given to an api-key-named target are taken for test stubs, not keys.</summary>
    public const int MinNamedValueLength = 20;

    /// <summary>
    /// Labelbox API keys are JWTs: three base64url parts joined by dots, the first two JSON objects
    /// (so they start with "eyJ", the encoding of '{"'), the header naming its "alg", and a signature.
    /// An optional "Bearer " prefix is allowed.
    /// </summary>
    public static bool LooksLikeJwt(string value)
    {
        if (value.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            value = value.Substring("Bearer ".Length);
        }

        if (value.Length < 40 || !value.StartsWith("eyJ", StringComparison.Ordinal))
        {
            return false;
        }

        string[] parts = value.Split('.');
        if (parts.Length != 3 || !parts[1].StartsWith("eyJ", StringComparison.Ordinal) || parts[2].Length < 16)
        {
            return false;
        }

        foreach (string part in parts)
        {
            if (!IsBase64Url(part))
            {
                return false;
            }
        }

        string? header = DecodeBase64Url(parts[0]);
        return header != null && header.IndexOf("\"alg\"", StringComparison.Ordinal) >= 0;
    }

    /// <summary>apiKey, ApiKey, API_KEY, LABELBOX_API_KEY, labelboxApiKey, _apiKey: a name that ends in "api key".</summary>
    public static bool IsApiKeyName(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c != '_' && c != '-' && c != '.' && c != ':')
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString().EndsWith("apikey", StringComparison.Ordinal);
    }

    /// <summary>
    /// A value given to an api-key-named target that could be a real key: at least
    /// <see cref="MinNamedValueLength"/> characters, no white space, no placeholder brackets, and not a
    /// name in capitals such as YOUR_API_KEY or LABELBOX_API_KEY (an environment variable's name).
    /// </summary>
    public static bool LooksLikeSecretValue(string value)
    {
        if (value.Length < MinNamedValueLength)
        {
            return false;
        }

        bool constantName = true;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || c == '<' || c == '>' || c == '{' || c == '}')
            {
                return false;
            }

            constantName &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }

        return !constantName;
    }

    private static bool IsBase64Url(string part)
    {
        if (part.Length == 0)
        {
            return false;
        }

        foreach (char c in part)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? DecodeBase64Url(string part)
    {
        string base64 = part.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - (base64.Length % 4)) % 4);
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
