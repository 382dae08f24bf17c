using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GraphQL;
using GraphQL.Conversion;
using GraphQL.Types;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary>The subset of Labelbox's GraphQL schema an import uses, with the SDK's field and argument names.</summary>
internal sealed class SandboxSchema : Schema
{
    public SandboxSchema()
    {
        // Names as written: the default camel-casing would turn the where inputs' AND/OR/NOT into aND/oR/nOT.
        NameConverter = DefaultNameConverter.Instance;
        Query = new SandboxQuery();
        Mutation = new SandboxMutation();
    }
}

internal sealed class SandboxQuery : ObjectGraphType
{
    public SandboxQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<UserType>>("user")
            .Argument<WhereIdInputType>("where")
            .Resolve(c =>
            {
                SandboxState state = c.Sandbox().State;
                string? id = c.WhereString("where", "id");
                return id is null || id == state.UserId ? state : throw NotFound("User", id);
            });
        Field<NonNullGraphType<OrganizationType>>("organization").Resolve(c => c.Sandbox().State);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IamIntegrationType>>>>("iamIntegrations").Resolve(_ => Array.Empty<object>());

        Field<DatasetType>("dataset")
            .Argument<NonNullGraphType<WhereIdInputType>>("where")
            .Resolve(c =>
            {
                string? id = c.WhereString("where", "id");
                return (id is null ? null : c.Sandbox().State.FindDataset(id)) ?? throw NotFound("Dataset", id);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetType>>>>("datasets")
            .Argument<DatasetWhereInputType>("where")
            .Argument<IntGraphType>("skip")
            .Argument<IntGraphType>("first")
            .Resolve(c => c.Sandbox().State.Datasets.Where(d => WhereFilters.Matches(c.GetArgument<Dictionary<string, object?>?>("where"), d))
                .Skip(Math.Max(0, c.GetArgument("skip", 0))).Take(Math.Max(0, c.GetArgument("first", 100))).ToArray());

        Field<DataRowType>("dataRow")
            .Argument<NonNullGraphType<DataRowWhereInputType>>("where")
            .Resolve(c =>
            {
                SandboxState state = c.Sandbox().State;
                string? id = c.WhereString("where", "id");
                string? globalKey = c.WhereString("where", "globalKey");
                SandboxDataRow? row = id is not null ? state.FindDataRow(id) : globalKey is not null ? state.FindByGlobalKey(globalKey) : null;
                return row ?? throw NotFound("DataRow", id ?? globalKey);
            });
        Field<NonNullGraphType<DataRowConnectionType>>("datasetDataRows")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IdGraphType>("from")
            .Argument<IntGraphType>("first")
            .Argument<DatasetDataRowWhereInputType>("where")
            .Resolve(c =>
            {
                SandboxState state = c.Sandbox().State;
                string id = c.GetArgument<string>("id");
                if (state.FindDataset(id) is null)
                {
                    throw NotFound("Dataset", id);
                }

                // Newest first, as Labelbox lists them (the SDK's data_rows() says so).
                var where = c.GetArgument<Dictionary<string, object?>?>("where");
                DatasetListing listing = state.ListNewestFirst(id);
                string? from = c.GetArgument<string?>("from");
                int? first = c.GetArgument<int?>("first");
                return where is null
                    ? Paging.ReadById(listing.Rows, from, first, 500, r => r.Id, listing.PlaceOf)
                    : Paging.ReadById(listing.Rows.Where(r => WhereFilters.Matches(where, r)).ToArray(), from, first, 500, r => r.Id);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OntologyNodeType>>>>("customMetadataOntology")
            .Resolve(c => c.Sandbox().State.Ontology.Fields);

        Field<NonNullGraphType<FailedPageType>>("failedDataRowImports")
            .Argument<NonNullGraphType<ImportResultsInputType>>("data")
            .Resolve(c => ReadResults(c, (task, from, first) => Paging.Read(task.Failures, from, first, 5000)));
        Field<NonNullGraphType<SuccessPageType>>("successesfulDataRowImports")
            .Argument<NonNullGraphType<ImportResultsInputType>>("data")
            .Resolve(c => ReadResults(c, (task, from, first) =>
            {
                Page<string> ids = Paging.Read(task.SucceededRowIds, from, first, 5000);
                return new Page<SandboxDataRow>(ids.After, ids.Total, ids.Items.Select(c.Sandbox().State.RowByIdLocked).OfType<SandboxDataRow>().ToArray());
            }));

        Field<NonNullGraphType<GlobalKeyJobType>>("dataRowsForGlobalKeys")
            .Argument<NonNullGraphType<GlobalKeysWhereInputType>>("where")
            .Resolve(c =>
            {
                var where = c.GetArgument<Dictionary<string, object?>>("where");
                var keys = ((IEnumerable<object?>)where["ids"]!).Select(k => k!.ToString()!).ToArray();
                return c.Sandbox().State.CreateGlobalKeyJob(keys);
            });
        Field<NonNullGraphType<GlobalKeyJobResultType>>("dataRowsForGlobalKeysResult")
            .Argument<NonNullGraphType<JobIdInputType>>("jobId")
            .Resolve(c =>
            {
                string? id = c.WhereString("jobId", "id");
                return (id is null ? null : c.Sandbox().State.FindGlobalKeyJob(id)) ?? throw NotFound("Job", id);
            });
    }

    internal static LabelboxError NotFound(string what, string? id) =>
        new(LabelboxError.NotFound, "Resource '" + what + "' not found for: " + (id ?? "(no id)"));

    /// <summary>Reads one page of a task's results under the state's lock.</summary>
    private static T ReadResults<T>(IResolveFieldContext c, Func<TaskRecord, string?, int?, T> read)
    {
        var data = c.GetArgument<Dictionary<string, object?>>("data");
        string taskId = data["taskId"]!.ToString()!;
        string? from = data.GetValueOrDefault("from") as string;
        int? first = data.GetValueOrDefault("first") is int n ? n : null;
        return c.Sandbox().State.ReadTask(taskId, task => task is null ? throw NotFound("Task", taskId) : read(task, from, first));
    }
}

/// <summary>Cursor paging: the cursor is the index of the next item; <c>after</c> is null on the last page.</summary>
internal static class Paging
{
    public static Page<T> Read<T>(IReadOnlyList<T> items, string? from, int? first, int defaultSize)
    {
        int start = 0;
        if (!string.IsNullOrEmpty(from) && (!int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start > items.Count))
        {
            throw new LabelboxError(LabelboxError.BadUserInput, "Invalid cursor: '" + from + "'");
        }

        int size = first ?? defaultSize;
        if (size < 0)
        {
            throw new LabelboxError(LabelboxError.BadUserInput, "first must not be negative");
        }

        int end = (int)Math.Min(items.Count, (long)start + size);
        var page = new List<T>(end - start);
        for (int i = start; i < end; i++)
        {
            page.Add(items[i]);
        }

        return new Page<T>(end < items.Count ? end.ToString(CultureInfo.InvariantCulture) : null, items.Count, page);
    }

    /// <summary>
    /// Paging whose cursor is the id of the next page's first item, as a dataset's rows page in Labelbox: the SDK's
    /// <c>data_rows(from_cursor=)</c> takes a data row id, and a cursor so made survives rows added before it. The cursor's
    /// item is found by <c>placeOf</c> (-1 when nowhere) when the caller has an index, else by searching.
    /// </summary>
    public static Page<T> ReadById<T>(IReadOnlyList<T> items, string? fromId, int? first, int defaultSize, Func<T, string> idOf, Func<string, int>? placeOf = null)
    {
        string? from = null;
        if (!string.IsNullOrEmpty(fromId))
        {
            int index = placeOf?.Invoke(fromId) ?? Search(items, fromId, idOf);
            from = index >= 0 ? index.ToString(CultureInfo.InvariantCulture) : throw new LabelboxError(LabelboxError.BadUserInput, "Invalid cursor: '" + fromId + "'");
        }

        Page<T> page = Read(items, from, first, defaultSize);
        return page.After is null ? page : page with { After = idOf(items[int.Parse(page.After, CultureInfo.InvariantCulture)]) };
    }

    private static int Search<T>(IReadOnlyList<T> items, string id, Func<T, string> idOf)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (idOf(items[i]) == id)
            {
                return i;
            }
        }

        return -1;
    }
}

internal sealed class SandboxMutation : ObjectGraphType
{
    public SandboxMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<DatasetType>>("createDataset")
            .Argument<NonNullGraphType<DatasetCreateInputType>>("data")
            .Resolve(c =>
            {
                var data = c.GetArgument<Dictionary<string, object?>>("data");
                string name = data["name"]!.ToString()!;
                if (name.Trim().Length == 0)
                {
                    throw new LabelboxError(LabelboxError.BadUserInput, "A dataset needs a name");
                }

                return c.Sandbox().State.CreateDataset(name, data.GetValueOrDefault("description") as string);
            });
        // dataset.delete(): updateDataset(where: {id} data: {deleted: true}) {id}.
        Field<NonNullGraphType<DatasetType>>("updateDataset")
            .Argument<NonNullGraphType<WhereIdInputType>>("where")
            .Argument<NonNullGraphType<DatasetUpdateInputType>>("data")
            .Resolve(c =>
            {
                SandboxState state = c.Sandbox().State;
                string? id = c.WhereString("where", "id");
                bool delete = c.GetArgument<Dictionary<string, object?>>("data").GetValueOrDefault("deleted") is true;
                SandboxDataset? dataset = id is null ? null : delete ? state.DeleteDataset(id) : state.FindDataset(id);
                return dataset ?? throw SandboxQuery.NotFound("Dataset", id);
            });
        // DataRow.bulk_delete: mutation deleteDataRowsPyApi{deleteDataRows(where: {dataRowIds: ["id",...]}){id}}.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataRowType>>>>("deleteDataRows")
            .Argument<NonNullGraphType<DataRowDeleteWhereInputType>>("where")
            .Resolve(c =>
            {
                var where = c.GetArgument<Dictionary<string, object?>>("where");
                string[] ids = ((IEnumerable<object?>)where["dataRowIds"]!).Select(i => i!.ToString()!).ToArray();
                return c.Sandbox().State.DeleteDataRows(ids);
            });
        Field<NonNullGraphType<TaskType>>("upsertDataRows")
            .Argument<NonNullGraphType<UpsertDataRowsInputType>>("data")
            .Resolve(c =>
            {
                var data = c.GetArgument<Dictionary<string, object?>>("data");
                TaskRecord task = c.Sandbox().Importer.Start(data["manifestUri"]!.ToString()!);
                return c.Sandbox().State.ReadTask(task.Id, t => t!.ToPublic());
            });
        Field<NonNullGraphType<UploadResultType>>("uploadFile")
            .Argument<NonNullGraphType<UploadGraphType>>("file")
            .Argument<NonNullGraphType<IntGraphType>>("contentLength")
            .Argument<BooleanGraphType>("sign")
            .ResolveAsync(async c => await StoreAsync(c, c.GetArgument<UploadedFile>("file")));
        MetadataSchemaMutations.AddTo(this);
    }

    private static async Task<object?> StoreAsync(IResolveFieldContext c, UploadedFile upload)
    {
        // The endpoint refused files over SandboxOptions.MaxUploadBytes before execution.
        SandboxRequestContext sandbox = c.Sandbox();
        (string fileName, string contentType) = FileNames.Normalize(upload.FileName, upload.ContentType);
        string id = SandboxIds.New();
        string url = FileUrls.Make(sandbox.BaseAddress, id, fileName);
        StoredFile file;
        await using (Stream source = upload.OpenReadStream())
        {
            if (sandbox.Options.DataDirectory is { } directory)
            {
                string folder = Path.Combine(directory, StoredFile.FolderName, id);
                Directory.CreateDirectory(folder);
                string path = Path.Combine(folder, StoredFile.ContentFileName);
                await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    await source.CopyToAsync(target, c.CancellationToken);
                }

                file = new StoredFile(id, fileName, contentType, url, null, path, upload.Length);
            }
            else
            {
                // Read straight into an array of the file's size: a MemoryStream and its copy doubled every upload's garbage.
                byte[] bytes = new byte[upload.Length];
                await source.ReadExactlyAsync(bytes, c.CancellationToken);
                file = new StoredFile(id, fileName, contentType, url, bytes, null, upload.Length);
            }
        }

        sandbox.State.AddFile(file);
        sandbox.Importer.FileUploaded(file);
        return file;
    }
}
