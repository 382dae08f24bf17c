using GraphQL.Types;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary><c>where: {id}</c>, as the SDK's ORM filters one object.</summary>
internal sealed class WhereIdInputType : InputObjectGraphType
{
    public WhereIdInputType()
    {
        Name = "WhereUniqueIdInput";
        Field<IdGraphType>("id");
    }
}

/// <summary>
/// The datasets filter the SDK's ORM writes: comparisons (<c>name</c>, <c>name_not</c>, <c>createdAt_gt</c>…)
/// nested in AND/OR/NOT lists, with <c>deleted: false</c> always and-ed in by <c>get_datasets</c>.
/// </summary>
internal sealed class DatasetWhereInputType : InputObjectGraphType
{
    public DatasetWhereInputType()
    {
        Name = "DatasetWhereInput";
        foreach (string suffix in WhereFilters.EqualitySuffixes)
        {
            Field<IdGraphType>("id" + suffix);
            Field<StringGraphType>("name" + suffix);
            Field<StringGraphType>("description" + suffix);
        }

        foreach (string suffix in WhereFilters.OrderSuffixes)
        {
            Field<LabelboxDateTimeGraphType>("createdAt" + suffix);
            Field<LabelboxDateTimeGraphType>("updatedAt" + suffix);
        }

        Field<BooleanGraphType>("deleted");
        Field<ListGraphType<NonNullGraphType<DatasetWhereInputType>>>("AND");
        Field<ListGraphType<NonNullGraphType<DatasetWhereInputType>>>("OR");
        Field<ListGraphType<NonNullGraphType<DatasetWhereInputType>>>("NOT");
    }
}

/// <summary><c>dataset.data_rows(where=DataRow.external_id == …)</c>: one comparison, named as the SDK's query declares it.</summary>
internal sealed class DatasetDataRowWhereInputType : InputObjectGraphType
{
    public DatasetDataRowWhereInputType()
    {
        Name = "DatasetDataRowWhereInput";
        foreach (string suffix in WhereFilters.EqualitySuffixes)
        {
            Field<IdGraphType>("id" + suffix);
            Field<StringGraphType>("externalId" + suffix);
            Field<StringGraphType>("globalKey" + suffix);
        }
    }
}

/// <summary><c>updateDataset(data:)</c>: the SDK's <c>dataset.delete()</c> sends <c>{deleted: true}</c>.</summary>
internal sealed class DatasetUpdateInputType : InputObjectGraphType
{
    public DatasetUpdateInputType()
    {
        Name = "DatasetUpdateInput";
        Field<BooleanGraphType>("deleted");
    }
}

internal sealed class DataRowWhereInputType : InputObjectGraphType
{
    public DataRowWhereInputType()
    {
        Name = "DataRowWhereUniqueInput";
        Field<IdGraphType>("id");
        Field<StringGraphType>("globalKey");
    }
}

internal sealed class DatasetCreateInputType : InputObjectGraphType
{
    public DatasetCreateInputType()
    {
        Name = "DatasetCreateInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
    }
}

internal sealed class UpsertDataRowsInputType : InputObjectGraphType
{
    public UpsertDataRowsInputType()
    {
        Name = "UpsertDataRowsInput";
        Field<NonNullGraphType<StringGraphType>>("manifestUri");
    }
}

/// <summary>The paging input of failedDataRowImports and successesfulDataRowImports.</summary>
internal sealed class ImportResultsInputType : InputObjectGraphType
{
    public ImportResultsInputType()
    {
        Name = "DataRowImportResultsInput";
        Field<NonNullGraphType<IdGraphType>>("taskId");
        Field<IntGraphType>("first");
        Field<StringGraphType>("from");
    }
}

internal sealed class GlobalKeysWhereInputType : InputObjectGraphType
{
    public GlobalKeysWhereInputType()
    {
        Name = "DataRowsForGlobalKeysInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids");
    }
}

internal sealed class JobIdInputType : InputObjectGraphType
{
    public JobIdInputType()
    {
        Name = "JobIdInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

/// <summary><c>deleteDataRows(where: {dataRowIds: [...]})</c>, as the SDK's <c>DataRow.bulk_delete</c> writes it.</summary>
internal sealed class DataRowDeleteWhereInputType : InputObjectGraphType
{
    public DataRowDeleteWhereInputType()
    {
        Name = "DeleteDataRowsWhereInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("dataRowIds");
    }
}
