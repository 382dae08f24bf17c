using System;
using System.Collections.Generic;
using System.Linq;
using GraphQL;
using GraphQL.Types;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary>
/// The mutations of the SDK's <c>DataRowMetadataOntology</c>: <c>upsertCustomMetadataSchema(data:)</c>, which
/// <c>create_schema</c>, <c>update_schema</c> and <c>update_enum_option</c> send, and <c>deleteCustomMetadataSchema(schema:)</c>.
/// </summary>
internal static class MetadataSchemaMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<OntologyNodeType>>("upsertCustomMetadataSchema")
            .Argument<NonNullGraphType<UpsertCustomMetadataSchemaInputType>>("data")
            .Resolve(c =>
            {
                var data = c.GetArgument<Dictionary<string, object?>>("data");
                var options = (data.GetValueOrDefault("options") as IEnumerable<object?>)?.Cast<Dictionary<string, object?>>()
                    .Select(o => new OptionUpsert(o.GetValueOrDefault("id")?.ToString(), o["name"]!.ToString()!)).ToArray();
                string? id = data.GetValueOrDefault("id")?.ToString();
                try
                {
                    return c.Sandbox().State.Metadata.Upsert(id, data["name"]!.ToString()!, data["kind"]!.ToString()!, options);
                }
                catch (ArgumentException e)
                {
                    throw new LabelboxError(LabelboxError.BadUserInput, e.Message);
                }
                catch (KeyNotFoundException)
                {
                    throw SandboxQuery.NotFound("CustomMetadataSchema", id);
                }
            });
        mutation.Field<NonNullGraphType<DeleteCustomMetadataSchemaResultType>>("deleteCustomMetadataSchema")
            .Argument<NonNullGraphType<WhereIdInputType>>("schema")
            .Resolve(c =>
            {
                string? id = c.WhereString("schema", "id");
                try
                {
                    return id is not null && c.Sandbox().State.Metadata.Delete(id) ? true : throw SandboxQuery.NotFound("CustomMetadataSchema", id);
                }
                catch (ArgumentException e)
                {
                    throw new LabelboxError(LabelboxError.BadUserInput, e.Message);
                }
            });
    }
}

/// <summary>A field to create (no id) or update, as the SDK's <c>_UpsertCustomMetadataSchemaInput</c> dumps it.</summary>
internal sealed class UpsertCustomMetadataSchemaInputType : InputObjectGraphType
{
    public UpsertCustomMetadataSchemaInputType()
    {
        Name = "UpsertCustomMetadataSchemaInput";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("kind");
        Field<ListGraphType<NonNullGraphType<UpsertCustomMetadataSchemaEnumOptionInputType>>>("options");
    }
}

/// <summary>An enum option: with the id of an existing one (renamed), or without (added).</summary>
internal sealed class UpsertCustomMetadataSchemaEnumOptionInputType : InputObjectGraphType
{
    public UpsertCustomMetadataSchemaEnumOptionInputType()
    {
        Name = "UpsertCustomMetadataSchemaEnumOptionInput";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("kind");
    }
}

internal sealed class DeleteCustomMetadataSchemaResultType : ObjectGraphType<bool>
{
    public DeleteCustomMetadataSchemaResultType()
    {
        Name = "DeleteCustomMetadataSchemaResult";
        Field<NonNullGraphType<BooleanGraphType>>("success").Resolve(c => c.Source);
    }
}
