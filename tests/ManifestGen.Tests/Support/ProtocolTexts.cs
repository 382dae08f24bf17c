using System.Text.RegularExpressions;

namespace ManifestGen.Tests.Support;

/// <summary>The operation texts of labelbox-protocol.md §1.1 and §2, copied from the document (not from the client).</summary>
internal static class ProtocolTexts
{
    public const string UploadFile = "mutation UploadFile($file: Upload!, $contentLength: Int!, $sign: Boolean) { uploadFile(file: $file, contentLength: $contentLength, sign: $sign) {url filename} }";
    public const string CreateDataset = "mutation CreateDatasetPyApi($name: String!, $description: String!){createDataset(data: {name: $name description: $description}) {createdAt description name rowCount id updatedAt}}";

    // §2: "one $<camelName>: <Type>! per given kwarg" — the same mutation with the name alone.
    public const string CreateDatasetNameOnly = "mutation CreateDatasetPyApi($name: String!){createDataset(data: {name: $name}) {createdAt description name rowCount id updatedAt}}";
    public const string GetDataset = "query GetDatasetPyApi($param_0: ID!){dataset(where: {id: $param_0}){createdAt description name rowCount id updatedAt}}";
    public const string GetUser = "query GetUserPyApi{user{createdAt email intercomHash isExternalUser isViewer nickname name picture id updatedAt}}";
    public const string UpsertDataRows = "mutation UpsertDataRowsPyApi($manifestUri: String!) { upsertDataRows(data: { manifestUri: $manifestUri }) { id createdAt updatedAt name status completionPercentage result errors type metadata } }";
    public const string GetTask = "query GetUserCreatedTasksPyApi($param_0: ID!, $param_1: ID!){user(where: {id: $param_1}){createdTasks(where: {id: $param_0} skip: 0 first: 100){completionPercentage createdAt errors metadata name result status type id updatedAt}}}";
    public const string FailedRows = "query FailedDataRowImportsPyApi($taskId: ID!, $first: Int, $from: String) { failedDataRowImports(data: { taskId: $taskId, first: $first, from: $from}) { after total results { message spec { externalId globalKey rowData metadata { schemaId value name } attachments { type value name } } } } }";
    public const string SuccessfulRows = "query SuccessesfulDataRowImportsPyApi($taskId: ID!, $first: Int, $from: String) { successesfulDataRowImports(data: { taskId: $taskId, first: $first, from: $from}) { nodes { id externalId globalKey rowData } after total } }";
    public const string ListTasks = "query ListUserCreatedTasksPyApi($param_1: ID!, $skip: Int!){user(where: {id: $param_1}){createdTasks(skip: $skip first: 100){createdAt type id}}}";
    public const string Ontology = "query GetMetadataOntologyBetaPyApi { customMetadataOntology { id name kind reserved options { id kind name reserved } } }";

    /// <summary>Whitespace is insignificant in GraphQL text (§2).</summary>
    public static string Normalize(string query) => Regex.Replace(query, @"\s+", "");
}
