using System;
using System.Collections.Generic;
using GraphQL;
using ManifestGen.Sandbox.Import;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary>What resolvers need of the sandbox, handed to each execution as its user context.</summary>
internal sealed class SandboxRequestContext : Dictionary<string, object?>
{
    public SandboxRequestContext(SandboxState state, SandboxOptions options, ImportTaskWorker importer, Uri baseAddress)
    {
        State = state;
        Options = options;
        Importer = importer;
        BaseAddress = baseAddress;
    }

    public SandboxState State { get; }

    public SandboxOptions Options { get; }

    public ImportTaskWorker Importer { get; }

    /// <summary>The scheme and host the client used, for the URLs of uploaded files.</summary>
    public Uri BaseAddress { get; }
}

/// <summary>An error with the Labelbox <c>extensions.code</c> the SDK dispatches on.</summary>
internal sealed class LabelboxError : ExecutionError
{
    public LabelboxError(string code, string message)
        : base(message) => Code = code;

    public const string NotFound = "RESOURCE_NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
}

internal static class ResolveFieldContextExtensions
{
    public static SandboxRequestContext Sandbox(this IResolveFieldContext context) => (SandboxRequestContext)context.UserContext;

    public static string? WhereString(this IResolveFieldContext context, string argument, string field) =>
        context.GetArgument<Dictionary<string, object?>?>(argument) is { } where && where.TryGetValue(field, out object? value) ? value?.ToString() : null;
}
