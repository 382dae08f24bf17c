using System;
using System.Collections.Generic;
using System.Text.Json;
using ManifestGen.Resilience;

namespace ManifestGen.Client;

/// <summary>
/// Turns an answer into its <c>data</c>, or into the exception protocol §6 gives it (checked in the
/// SDK's order), with a message that says what to check. Text the service sent is shown with the key masked.
/// </summary>
internal static class GraphQlAnswers
{
    private const int ShownBodyLength = 200;
    private const string KeyHint = "check the " + LabelboxClientOptions.ApiKeyVariable + " environment variable or LabelboxClientOptions.ApiKey";

    /// <summary>
    /// Whether the body holds an INTERNAL_SERVER_ERROR that the SDK retries (protocol §6 step 9): one whose
    /// extensions.exception.status is there and is not 400, 422, 426 or 500.
    /// </summary>
    public static bool IsRetriedServerError(string body)
    {
        if (!body.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("errors", out JsonElement errors)
                || errors.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (JsonElement error in errors.EnumerateArray())
            {
                if (ErrorCode(error) is ("INTERNAL_SERVER_ERROR", { } status) && status is not (400 or 422 or 426 or 500))
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: Data says so once the attempts are over.
        }

        return false;
    }

    public static JsonElement Data(RawResponse response, string operation, string apiKey)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(response.Body);
        }
        catch (JsonException)
        {
            // The parser's own message quotes the body, which may echo the key: it is not passed on.
            throw ByStatus(response, operation, apiKey, null)
                ?? new LabelboxRequestException(LabelboxErrorKind.UnexpectedResponse,
                    "Labelbox " + operation + " answered HTTP " + response.Status + " with something that is not JSON ("
                    + (response.ContentType ?? "no content type") + ": '" + Shown(response.Body, apiKey) + "'); check LabelboxClientOptions.Endpoint and any proxy between.",
                    httpStatus: response.Status);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw ByStatus(response, operation, apiKey, null) ?? JsonRead.Wrong("the answer", "a JSON object");
            }

            if (root.TryGetProperty("errors", out JsonElement errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                throw FromErrors(errors, root, response, operation, apiKey);
            }

            if (TopMessage(root) is { } message && message.StartsWith("You have exceeded", StringComparison.Ordinal))
            {
                throw new LabelboxRequestException(LabelboxErrorKind.RateLimited, "Labelbox rate limit: " + Shown(message, apiKey), null, response.Status, response.RetryAfter);
            }

            if (ByStatus(response, operation, apiKey, TopMessage(root)) is { } failure)
            {
                throw failure;
            }

            return root.TryGetProperty("data", out JsonElement data) && data.ValueKind == JsonValueKind.Object
                ? data.Clone()
                : throw JsonRead.Wrong("data", "an object");
        }
    }

    private static LabelboxRequestException FromErrors(JsonElement errors, JsonElement root, RawResponse response, string operation, string apiKey)
    {
        var found = new List<(string? Code, string Message, int? Status)>();
        foreach (JsonElement error in errors.EnumerateArray())
        {
            string message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String
                ? JsonRead.Text(m, "errors[].message")
                : error.GetRawText();
            (string? code, int? status) = ErrorCode(error);
            found.Add((code, Shown(message, apiKey), status));
        }

        string Text(string? code) => "Labelbox " + operation + ": " + found.Find(f => code == null || f.Code == code).Message;

        if (Has(found, "AUTHENTICATION_ERROR"))
        {
            return new LabelboxRequestException(LabelboxErrorKind.Authentication, Text("AUTHENTICATION_ERROR") + " — Labelbox did not accept the API key; " + KeyHint + ".", "AUTHENTICATION_ERROR", response.Status);
        }

        if (Has(found, "AUTHORIZATION_ERROR"))
        {
            return new LabelboxRequestException(LabelboxErrorKind.Authorization, Text("AUTHORIZATION_ERROR") + " — the API key may not do this; check its role in the Labelbox workspace.", "AUTHORIZATION_ERROR", response.Status);
        }

        foreach (string code in new[] { "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED" })
        {
            if (Has(found, code))
            {
                return new LabelboxRequestException(LabelboxErrorKind.InvalidRequest, Text(code) + " — the service rejected the request; check the endpoint speaks Labelbox's API version.", code, response.Status);
            }
        }

        if (TopMessage(root) is { } top && top.StartsWith("You have exceeded", StringComparison.Ordinal))
        {
            return new LabelboxRequestException(LabelboxErrorKind.RateLimited, "Labelbox rate limit: " + Shown(top, apiKey), null, response.Status, response.RetryAfter);
        }

        if (Has(found, "RESOURCE_NOT_FOUND"))
        {
            return new LabelboxRequestException(LabelboxErrorKind.NotFound, Text("RESOURCE_NOT_FOUND"), "RESOURCE_NOT_FOUND", response.Status);
        }

        if (found.Find(f => f.Code == "INTERNAL_SERVER_ERROR") is { Code: not null } internalError)
        {
            return internalError.Status == 400
                ? new LabelboxRequestException(LabelboxErrorKind.InvalidRequest, Text("INTERNAL_SERVER_ERROR"), "INTERNAL_SERVER_ERROR", response.Status)
                : new LabelboxRequestException(LabelboxErrorKind.ServiceError, Text("INTERNAL_SERVER_ERROR"), "INTERNAL_SERVER_ERROR", response.Status);
        }

        (string? firstCode, _, _) = found[0];
        return ByStatus(response, operation, apiKey, found[0].Message)
            ?? new LabelboxRequestException(LabelboxErrorKind.Other, Text(firstCode), firstCode, response.Status);
    }

    /// <summary>The exception for a non-200 status, or null for 200.</summary>
    private static LabelboxRequestException? ByStatus(RawResponse response, string operation, string apiKey, string? detail)
    {
        string said = detail != null ? " (" + Shown(detail, apiKey) + ")" : "";
        string head = "Labelbox " + operation + " answered HTTP " + response.Status + said;
        return response.Status switch
        {
            200 => null,
            401 => new LabelboxRequestException(LabelboxErrorKind.Authentication, head + ": the API key was not accepted; " + KeyHint + ".", null, 401),
            403 => new LabelboxRequestException(LabelboxErrorKind.Authorization, head + ": the API key may not do this; check its role in the Labelbox workspace.", null, 403),
            400 => new LabelboxRequestException(LabelboxErrorKind.InvalidRequest, head + ": the request was rejected; check the endpoint speaks Labelbox's API version.", null, 400),
            404 => new LabelboxRequestException(LabelboxErrorKind.NotFound, head + ": nothing there; check LabelboxClientOptions.Endpoint.", null, 404),
            429 => new LabelboxRequestException(LabelboxErrorKind.RateLimited, head + ": too many requests, still after every retry; wait, or lower the request rate.", null, 429, response.RetryAfter),
            408 or >= 500 => new LabelboxRequestException(LabelboxErrorKind.ServiceError, head + " on every attempt; the service is having trouble, try again later.", null, response.Status),
            _ => new LabelboxRequestException(LabelboxErrorKind.Other, head + ".", null, response.Status),
        };
    }

    /// <summary>An error's extensions.code and extensions.exception.status, each null when absent.</summary>
    private static (string? Code, int? Status) ErrorCode(JsonElement error)
    {
        string? code = null;
        int? status = null;
        if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("extensions", out JsonElement ext) && ext.ValueKind == JsonValueKind.Object)
        {
            code = ext.TryGetProperty("code", out JsonElement c) && c.ValueKind == JsonValueKind.String ? JsonRead.Text(c, "errors[].extensions.code") : null;
            if (ext.TryGetProperty("exception", out JsonElement ex) && ex.ValueKind == JsonValueKind.Object
                && ex.TryGetProperty("status", out JsonElement s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out int n))
            {
                status = n;
            }
        }

        return (code, status);
    }

    private static bool Has(List<(string? Code, string Message, int? Status)> found, string code) => found.Exists(f => f.Code == code);

    private static string? TopMessage(JsonElement root) =>
        root.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? JsonRead.Text(m, "message") : null;

    private static string Shown(string text, string apiKey)
    {
        // Masked before cutting, so a key cut in two cannot show half of itself.
        string masked = ApiKeys.Redact(text, apiKey).ReplaceLineEndings(" ");
        return masked.Length > ShownBodyLength ? string.Concat(masked.AsSpan(0, ShownBodyLength), "…") : masked;
    }
}
