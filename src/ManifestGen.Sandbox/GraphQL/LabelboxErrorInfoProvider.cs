using System.Collections.Generic;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary>
/// Errors as Labelbox's Apollo server writes them: <c>{"message", "locations", "path", "extensions": {"code"}}</c>
/// with Apollo's codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT,
/// INTERNAL_SERVER_ERROR) and the sandbox's own (RESOURCE_NOT_FOUND…).
/// </summary>
internal sealed class LabelboxErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        string code = executionError switch
        {
            LabelboxError e => e.Code!,
            SyntaxError => "GRAPHQL_PARSE_FAILED",
            InvalidVariableError => "BAD_USER_INPUT",
            DocumentError => "GRAPHQL_VALIDATION_FAILED",
            _ => "INTERNAL_SERVER_ERROR",
        };
        string message = executionError is UnhandledError unhandled && unhandled.InnerException is { } inner
            ? executionError.Message + " " + inner.Message
            : executionError.Message;
        return new ErrorInfo { Message = message, Extensions = new Dictionary<string, object?> { ["code"] = code } };
    }
}
