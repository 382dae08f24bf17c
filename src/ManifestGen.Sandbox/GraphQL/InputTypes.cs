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

internal sealed class DatasetWhereInputType : InputObjectGraphType
{
    public DatasetWhereInputType()
    {
        Name = "DatasetWhere";
        Field<IdGraphType>("id");
        Field<StringGraphType>("name");
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
