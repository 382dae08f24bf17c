using System.Collections.Generic;
using System.Linq;

namespace ManifestGen.Client;

/// <summary>The operation texts, exactly as labelbox-protocol.md §1.1 and §2 give them (the Python SDK's).</summary>
internal static class GraphQlOperations
{
    public const string UploadFile =
        "mutation UploadFile($file: Upload!, $contentLength: Int!, $sign: Boolean) { uploadFile(file: $file, contentLength: $contentLength, sign: $sign) {url filename} }";

    public const string CreateDataset =
        "mutation CreateDatasetPyApi($name: String!, $description: String!){createDataset(data: {name: $name description: $description}) {createdAt description name rowCount id updatedAt}}";

    /// <summary>The same mutation when no description is given: the SDK declares only the arguments given.</summary>
    public const string CreateDatasetWithoutDescription =
        "mutation CreateDatasetPyApi($name: String!){createDataset(data: {name: $name}) {createdAt description name rowCount id updatedAt}}";

    public const string GetDataset =
        "query GetDatasetPyApi($param_0: ID!){dataset(where: {id: $param_0}){createdAt description name rowCount id updatedAt}}";

    /// <summary>The SDK's get_datasets with a name filter; like the SDK, the page's skip and size are in the text.</summary>
    public static string FindDatasets(int skip) =>
        "query GetDatasetsPyApi($param_0: String!){datasets(where: {name: $param_0} skip: " + skip.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + " first: " + DatasetPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) + "){createdAt description name rowCount id updatedAt}}";

    /// <summary>The page size of <see cref="FindDatasets"/>.</summary>
    public const int DatasetPageSize = 100;

    public const string GetUser =
        "query GetUserPyApi{user{createdAt email intercomHash isExternalUser isViewer nickname name picture id updatedAt}}";

    public const string UpsertDataRows =
        "mutation UpsertDataRowsPyApi($manifestUri: String!) { upsertDataRows(data: { manifestUri: $manifestUri }) { id createdAt updatedAt name status completionPercentage result errors type metadata } }";

    /// <summary>A page of the user's tasks, unfiltered: used only to find the twin of an upsertDataRows whose answer was lost.</summary>
    public const string ListTasks =
        "query ListUserCreatedTasksPyApi($param_1: ID!, $skip: Int!){user(where: {id: $param_1}){createdTasks(skip: $skip first: 100){createdAt type id}}}";

    /// <summary>The page size of <see cref="ListTasks"/>.</summary>
    public const int TaskPageSize = 100;

    public const string GetTask =
        "query GetUserCreatedTasksPyApi($param_0: ID!, $param_1: ID!){user(where: {id: $param_1}){createdTasks(where: {id: $param_0} skip: 0 first: 100){completionPercentage createdAt errors metadata name result status type id updatedAt}}}";

    public const string FailedDataRowImports =
        "query FailedDataRowImportsPyApi($taskId: ID!, $first: Int, $from: String) { failedDataRowImports(data: { taskId: $taskId, first: $first, from: $from}) { after total results { message spec { externalId globalKey rowData metadata { schemaId value name } attachments { type value name } } } } }";

    public const string SuccessfulDataRowImports =
        "query SuccessesfulDataRowImportsPyApi($taskId: ID!, $first: Int, $from: String) { successesfulDataRowImports(data: { taskId: $taskId, first: $first, from: $from}) { nodes { id externalId globalKey rowData } after total } }";

    public const string MetadataOntology =
        "query GetMetadataOntologyBetaPyApi { customMetadataOntology { id name kind reserved options { id kind name reserved } } }";

    /// <summary>What the SDK's create_schema, update_schema and update_enum_option send (data_row_metadata.py::_upsert_schema).</summary>
    public const string UpsertCustomMetadataSchema =
        "mutation UpsertCustomMetadataSchemaPyApi($data: UpsertCustomMetadataSchemaInput!) { upsertCustomMetadataSchema(data: $data){ id name kind options { id name kind } } }";

    /// <summary>What the row reads select: the SDK's DataRow fields, with its attachments and dataset in the same answer.</summary>
    private const string DataRowFields =
        "id externalId globalKey rowData createdAt updatedAt metadataFields { schemaId name value kind } attachments { id type value name } dataset { id }";

    /// <summary>The SDK's dataset.data_rows(): cursor pages, the next page's cursor in pageInfo.startCursor.</summary>
    public const string DatasetDataRows =
        "query DatasetDataRowsPyApi($id: ID!, $from: ID, $first: Int, $where: DatasetDataRowWhereInput) { datasetDataRows(id: $id, from: $from, first: $first, where: $where) { nodes { "
        + DataRowFields + " } pageInfo { hasNextPage startCursor } } }";

    /// <summary>The page size the SDK asks datasetDataRows for ("hardcode to avoid overloading the server").</summary>
    public const int DataRowPageSize = 500;

    public const string GetDataRow = "query GetDataRowPyApi($param_0: ID!) { dataRow(where: {id: $param_0}) { " + DataRowFields + " } }";

    public const string DataRowsForGlobalKeys =
        "query getDataRowsForGlobalKeysPyApi($globalKeys: [ID!]!) { dataRowsForGlobalKeys(where: {ids: $globalKeys}) { jobId } }";

    public const string DataRowsForGlobalKeysResult =
        "query getDataRowsForGlobalKeysResultPyApi($jobId: ID!) { dataRowsForGlobalKeysResult(jobId: {id: $jobId}) { data { fetchedDataRows { id } notFoundGlobalKeys accessDeniedGlobalKeys } jobStatus } }";

    /// <summary>
    /// The SDK's <c>DataRow.bulk_delete</c>: the ids written into the text, quoted and joined by ", ", no variables. The SDK
    /// sends every row it is given in one call and labelbox-protocol.md names no limit; the client sends at most
    /// <see cref="DeleteBatchSize"/> a call, so that no request is unbounded.
    /// </summary>
    public static string DeleteDataRows(IEnumerable<string> ids) =>
        "mutation deleteDataRowsPyApi{deleteDataRows(where: {dataRowIds: [" + string.Join(", ", ids.Select(id => "\"" + id + "\"")) + "]}){id}}";

    /// <summary>The most ids <see cref="DeleteDataRows"/> carries.</summary>
    public const int DeleteBatchSize = 1_000;
}
