using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQLParser.AST;
using ManifestGen.Sandbox.GraphQL;
using ManifestGen.Sandbox.Import;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace ManifestGen.Sandbox.Hosting;

/// <summary>
/// POST /graphql: a JSON body <c>{"query","variables","operationName"}</c>, or a GraphQL multipart
/// request (<c>operations</c>, <c>map</c>, file parts). Faults are injected first, then the API key
/// is checked, then GraphQL.NET executes the operation against <see cref="SandboxSchema"/>.
/// </summary>
internal sealed class GraphQLEndpoint : IDisposable
{
    private readonly SandboxState state;
    private readonly SandboxOptions options;
    private readonly SandboxFaults faults;
    private readonly ImportTaskWorker importer;
    private readonly SandboxSchema schema = new();
    private readonly DocumentExecuter executer = new();
    private readonly GraphQLSerializer serializer = new(new LabelboxErrorInfoProvider());

    public GraphQLEndpoint(SandboxState state, SandboxOptions options, SandboxFaults faults, ImportTaskWorker importer)
    {
        this.state = state;
        this.options = options;
        this.faults = faults;
        this.importer = importer;
        schema.Initialize();
    }

    public void Dispose() => schema.Dispose();

    public async Task HandleAsync(HttpContext context)
    {
        bool multipart = context.Request.HasFormContentType;
        long limit = multipart ? options.MaxUploadBytes + (1024 * 1024) : options.MaxJsonRequestBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        GraphQLRequest? request;
        string? problem;
        try
        {
            (request, problem) = multipart ? await ReadMultipartAsync(context) : await ReadJsonAsync(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            request = null;
            problem = "Request body too large; the limit is " + limit + " bytes";
        }
        catch (InvalidDataException e)
        {
            request = null;
            problem = "Malformed multipart request: " + e.Message;
        }

        (string operation, SandboxFaultScope scope) = Classify(request, multipart);
        state.CountRequest(operation);
        FaultDecision fault = faults.Decide(scope);
        if (await FaultResponses.ApplyBeforeAsync(context, fault, faults))
        {
            return;
        }

        if (request is null)
        {
            int status = problem!.StartsWith("Request body too large", StringComparison.Ordinal) || problem.StartsWith("File too large", StringComparison.Ordinal)
                ? StatusCodes.Status413PayloadTooLarge
                : StatusCodes.Status400BadRequest;
            await WriteErrorAsync(context, status, status == StatusCodes.Status413PayloadTooLarge ? LabelboxError.PayloadTooLarge : "BAD_REQUEST", problem);
            return;
        }

        if (!ApiKeyCheck.IsAuthorized(context.Request, options))
        {
            // The Python SDK reads extensions.code before the status: AUTHENTICATION_ERROR → AuthenticationError("Invalid API key").
            await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "AUTHENTICATION_ERROR", "Invalid API key");
            return;
        }

        var baseAddress = new Uri(context.Request.Scheme + "://" + context.Request.Host.Value + "/");
        ExecutionResult result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Variables = request.Variables,
            OperationName = request.OperationName,
            UserContext = new SandboxRequestContext(state, options, importer, baseAddress),
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
        });

        if (fault.LoseResponse)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private async Task<(GraphQLRequest?, string?)> ReadJsonAsync(HttpContext context)
    {
        if (context.Request.ContentLength > options.MaxJsonRequestBytes)
        {
            return (null, "Request body too large; the limit is " + options.MaxJsonRequestBytes + " bytes");
        }

        try
        {
            GraphQLRequest? request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted);
            return Check(request);
        }
        catch (JsonException e)
        {
            return (null, "The request body is not a JSON GraphQL request: " + e.Message);
        }
    }

    private async Task<(GraphQLRequest?, string?)> ReadMultipartAsync(HttpContext context)
    {
        if (context.Request.ContentLength > options.MaxUploadBytes + (1024 * 1024))
        {
            return (null, "File too large: the request is " + context.Request.ContentLength + " bytes; the limit is " + options.MaxUploadBytes + " bytes");
        }

        IFormCollection form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes + (1024 * 1024) }, context.RequestAborted);
        if (!form.TryGetValue("operations", out StringValues operations) || !form.TryGetValue("map", out StringValues mapText))
        {
            return (null, "A multipart GraphQL request needs the form fields 'operations' and 'map'");
        }

        GraphQLRequest? request;
        Dictionary<string, string[]>? map;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(operations.ToString());
            map = JsonSerializer.Deserialize<Dictionary<string, string[]>>(mapText.ToString());
        }
        catch (JsonException e)
        {
            return (null, "Malformed multipart request: 'operations' or 'map' is not valid JSON: " + e.Message);
        }

        (request, string? problem) = Check(request);
        if (request is null)
        {
            return (null, problem);
        }

        var variables = request.Variables is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(request.Variables);
        foreach ((string part, string[] paths) in map ?? new Dictionary<string, string[]>())
        {
            IFormFile? file = form.Files.GetFile(part);
            if (file is null)
            {
                return (null, "The map names a file part '" + part + "' that the request does not have");
            }

            if (file.Length > options.MaxUploadBytes)
            {
                return (null, "File too large: " + file.Length + " bytes; the limit is " + options.MaxUploadBytes + " bytes");
            }

            var upload = new UploadedFile(file.FileName, file.ContentType, file.Length, file.OpenReadStream);
            foreach (string path in paths ?? Array.Empty<string>())
            {
                if (!path.StartsWith("variables.", StringComparison.Ordinal) || !SetPath(variables, path.Substring("variables.".Length).Split('.'), upload))
                {
                    return (null, "The map path '" + path + "' does not name a variable of the operation");
                }
            }
        }

        request.Variables = new Inputs(variables);
        return (request, null);
    }

    /// <summary>Puts a file at a dotted path (object keys and list indexes) of the variables.</summary>
    private static bool SetPath(Dictionary<string, object?> variables, string[] path, UploadedFile file)
    {
        object? node = variables;
        for (int i = 0; i < path.Length; i++)
        {
            bool last = i == path.Length - 1;
            switch (node)
            {
                case IDictionary<string, object?> dictionary when last:
                    dictionary[path[i]] = file;
                    return true;
                case IDictionary<string, object?> dictionary:
                    node = dictionary.TryGetValue(path[i], out object? child) ? child : null;
                    break;
                case IList<object?> list when int.TryParse(path[i], out int index) && index >= 0 && index < list.Count:
                    if (last)
                    {
                        list[index] = file;
                        return true;
                    }

                    node = list[index];
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    private static (GraphQLRequest?, string?) Check(GraphQLRequest? request) =>
        request is null || string.IsNullOrWhiteSpace(request.Query)
            ? (null, "The request has no 'query'")
            : (request, null);

    /// <summary>The operation's name (for the counters) and kind (for fault scopes), read with the GraphQL parser.</summary>
    private static (string Operation, SandboxFaultScope Scope) Classify(GraphQLRequest? request, bool multipart)
    {
        if (request?.Query is null)
        {
            return ("(invalid)", multipart ? SandboxFaultScope.Uploads : SandboxFaultScope.Queries);
        }

        try
        {
            GraphQLDocument document = GraphQLParser.Parser.Parse(request.Query);
            GraphQLOperationDefinition? operation = document.Definitions.OfType<GraphQLOperationDefinition>()
                .FirstOrDefault(o => request.OperationName is null || o.Name?.Value == request.OperationName);
            if (operation is null)
            {
                return ("(invalid)", SandboxFaultScope.Queries);
            }

            string name = operation.Name is { } n ? n.Value.ToString() : "(anonymous)";
            SandboxFaultScope scope = multipart ? SandboxFaultScope.Uploads
                : operation.Operation == OperationType.Mutation ? SandboxFaultScope.Mutations
                : SandboxFaultScope.Queries;
            return (name, scope);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return ("(invalid)", multipart ? SandboxFaultScope.Uploads : SandboxFaultScope.Queries);
        }
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var body = new { errors = new[] { new { message, extensions = new { code } } }, data = (object?)null };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
