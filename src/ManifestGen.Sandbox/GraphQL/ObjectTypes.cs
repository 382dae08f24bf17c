using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GraphQL;
using GraphQL.Types;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.GraphQL;

internal sealed class DatasetType : ObjectGraphType<SandboxDataset>
{
    public DatasetType()
    {
        Name = "Dataset";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("updatedAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<IntGraphType>>("rowCount").Resolve(c => c.Sandbox().State.RowCount(c.Source.Id));
    }
}

/// <summary>The only user; its tasks are every task of the sandbox.</summary>
internal sealed class UserType : ObjectGraphType<SandboxState>
{
    public UserType()
    {
        Name = "User";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.UserId);
        Field<StringGraphType>("email").Resolve(c => c.Source.UserEmail);
        Field<StringGraphType>("name").Resolve(_ => "Sandbox User");
        Field<StringGraphType>("nickname").Resolve(_ => "sandbox");
        Field<StringGraphType>("picture").Resolve(_ => null);
        Field<StringGraphType>("intercomHash").Resolve(_ => null);
        Field<BooleanGraphType>("isExternalUser").Resolve(_ => false);
        Field<BooleanGraphType>("isViewer").Resolve(_ => false);
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("updatedAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskType>>>>("createdTasks")
            .Argument<WhereIdInputType>("where")
            .Argument<IntGraphType>("skip")
            .Argument<IntGraphType>("first")
            .Resolve(c =>
            {
                string? id = c.WhereString("where", "id");
                IEnumerable<SandboxTask> tasks = c.Source.Tasks.Where(t => id is null || t.Id == id);
                return tasks.Skip(Math.Max(0, c.GetArgument("skip", 0))).Take(Math.Max(0, c.GetArgument("first", 100))).ToArray();
            });
    }
}

internal sealed class TaskType : ObjectGraphType<SandboxTask>
{
    public TaskType()
    {
        Name = "Task";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<FloatGraphType>("completionPercentage").Resolve(c => c.Source.CompletionPercentage);
        Field<StringGraphType>("result").Resolve(_ => null);
        Field<StringGraphType>("errors").Resolve(c => c.Source.Errors);
        Field<JsonGraphType>("metadata").Resolve(_ => null);
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
    }
}

internal sealed class DataRowType : ObjectGraphType<SandboxDataRow>
{
    public DataRowType()
    {
        Name = "DataRow";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<StringGraphType>("externalId").Resolve(c => c.Source.ExternalId);
        Field<StringGraphType>("globalKey").Resolve(c => c.Source.GlobalKey);
        Field<NonNullGraphType<StringGraphType>>("rowData").Resolve(c => c.Source.RowData);
        Field<JsonGraphType>("mediaAttributes").Resolve(_ => new Dictionary<string, object?>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetadataValueType>>>>("customMetadata")
            .Resolve(c => CustomMetadata.Entries(c.Source.Metadata, c.Sandbox().State.Ontology));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetadataValueType>>>>("metadataFields")
            .Resolve(c => CustomMetadata.Current(c.Source.Metadata, c.Sandbox().State.Ontology));
        // The SDK pages a row's attachments as a to-many relationship: attachments(skip: 0 first: 100){name type value id}.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetAttachmentType>>>>("attachments")
            .Argument<IntGraphType>("skip")
            .Argument<IntGraphType>("first")
            .Resolve(c => c.Source.Attachments
                .Select((a, i) => new AttachmentView(AttachmentView.IdOf(c.Source.Id, i), a))
                .Skip(Math.Max(0, c.GetArgument("skip", 0))).Take(Math.Max(0, c.GetArgument("first", 100))).ToArray());
        Field<DatasetType>("dataset").Resolve(c => c.Sandbox().State.FindDataset(c.Source.DatasetId));
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
    }
}

internal sealed class MetadataValueType : ObjectGraphType<SandboxMetadataValue>
{
    public MetadataValueType()
    {
        Name = "DataRowCustomMetadata";
        Field<NonNullGraphType<IdGraphType>>("schemaId").Resolve(c => c.Source.SchemaId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<JsonGraphType>("value").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source.Kind);
    }
}

/// <summary>An attachment with the id the API gives it.</summary>
internal sealed record AttachmentView(string Id, SandboxAttachment Attachment)
{
    /// <summary>
    /// Stored attachments carry no id, so one is derived from the row's id and the attachment's place:
    /// stable across reads, distinct across rows, 25 characters like Labelbox's.
    /// </summary>
    public static string IdOf(string rowId, int index) =>
        rowId[..Math.Min(rowId.Length, 21)] + index.ToString("x4", CultureInfo.InvariantCulture);
}

internal sealed class AssetAttachmentType : ObjectGraphType<AttachmentView>
{
    public AssetAttachmentType()
    {
        Name = "AssetAttachment";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Attachment.Type);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Attachment.Value);
        Field<StringGraphType>("name").Resolve(c => c.Source.Attachment.Name);
    }
}

internal sealed class OntologyNodeType : ObjectGraphType<OntologyNode>
{
    public OntologyNodeType()
    {
        Name = "CustomMetadataSchema";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("reserved").Resolve(c => c.Source.Reserved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OntologyNodeType>>>>("options").Resolve(c => c.Source.Options);
    }
}

internal sealed class OrganizationType : ObjectGraphType<SandboxState>
{
    public OrganizationType()
    {
        Name = "Organization";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.OrganizationId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(_ => "Sandbox");
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<LabelboxDateTimeGraphType>>("updatedAt").Resolve(c => c.Source.CreatedAt);
    }
}

/// <summary>An IAM integration (delegated access); the sandbox has none, so create_dataset skips the signer.</summary>
internal sealed class IamIntegrationType : ObjectGraphType<object>
{
    public IamIntegrationType()
    {
        Name = "IamIntegration";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(_ => string.Empty);
        Field<StringGraphType>("name").Resolve(_ => null);
        Field<StringGraphType>("provider").Resolve(_ => null);
        Field<BooleanGraphType>("valid").Resolve(_ => false);
        Field<BooleanGraphType>("isOrgDefault").Resolve(_ => false);
        Field<LabelboxDateTimeGraphType>("lastValidAt").Resolve(_ => null);
        Field<LabelboxDateTimeGraphType>("createdAt").Resolve(_ => null);
        Field<LabelboxDateTimeGraphType>("updatedAt").Resolve(_ => null);
        Field<IamIntegrationSettingsType>("settings").Resolve(_ => null);
    }
}

internal sealed class IamIntegrationSettingsType : UnionGraphType
{
    public IamIntegrationSettingsType()
    {
        Name = "IamIntegrationSettings";
        Type<AwsIamIntegrationSettingsType>();
        Type<GcpIamIntegrationSettingsType>();
        ResolveType = _ => null;
    }
}

internal sealed class AwsIamIntegrationSettingsType : ObjectGraphType<object>
{
    public AwsIamIntegrationSettingsType()
    {
        Name = "AwsIamIntegrationSettings";
        Field<StringGraphType>("roleArn").Resolve(_ => null);
    }
}

internal sealed class GcpIamIntegrationSettingsType : ObjectGraphType<object>
{
    public GcpIamIntegrationSettingsType()
    {
        Name = "GcpIamIntegrationSettings";
        Field<StringGraphType>("serviceAccountEmailId").Resolve(_ => null);
        Field<StringGraphType>("readBucket").Resolve(_ => null);
    }
}

internal sealed class UploadResultType : ObjectGraphType<StoredFile>
{
    public UploadResultType()
    {
        Name = "UploadFileResult";
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("filename").Resolve(c => c.Source.FileName);
    }
}

/// <summary>One page of a cursor-paged list: <c>after</c> is the next cursor, null on the last page.</summary>
internal sealed record Page<T>(string? After, int Total, IReadOnlyList<T> Items);

/// <summary><c>{after total &lt;items&gt;}</c>: the shape of both import-result queries.</summary>
internal abstract class PageType<TItem, TItemGraphType> : ObjectGraphType<Page<TItem>>
    where TItemGraphType : IGraphType
{
    protected PageType(string name, string itemsField)
    {
        Name = name;
        Field<StringGraphType>("after").Resolve(c => c.Source.After);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemGraphType>>>>(itemsField).Resolve(c => c.Source.Items);
    }
}

internal sealed class FailedPageType : PageType<FailedRow, FailedRowType>
{
    public FailedPageType()
        : base("FailedDataRowImportsResult", "results")
    {
    }
}

internal sealed class SuccessPageType : PageType<SandboxDataRow, DataRowType>
{
    public SuccessPageType()
        : base("SuccessfulDataRowImportsResult", "nodes")
    {
    }
}

internal sealed class FailedRowType : ObjectGraphType<FailedRow>
{
    public FailedRowType()
    {
        Name = "FailedDataRowImport";
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<FailedRowSpecType>>("spec").Resolve(c => c.Source.Spec);
    }
}

internal sealed class FailedRowSpecType : ObjectGraphType<FailedRowSpec>
{
    public FailedRowSpecType()
    {
        Name = "FailedDataRowImportSpec";
        Field<StringGraphType>("externalId").Resolve(c => c.Source.ExternalId);
        Field<StringGraphType>("globalKey").Resolve(c => c.Source.GlobalKey);
        Field<StringGraphType>("rowData").Resolve(c => c.Source.RowData);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FailedMetadataType>>>>("metadata").Resolve(c => c.Source.Metadata);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FailedAttachmentType>>>>("attachments").Resolve(c => c.Source.Attachments);
    }
}

internal sealed class FailedMetadataType : ObjectGraphType<FailedMetadata>
{
    public FailedMetadataType()
    {
        Name = "FailedDataRowImportMetadata";
        Field<StringGraphType>("schemaId").Resolve(c => c.Source.SchemaId);
        Field<JsonGraphType>("value").Resolve(c => c.Source.Value);
        Field<StringGraphType>("name").Resolve(c => c.Source.Name);
    }
}

internal sealed class FailedAttachmentType : ObjectGraphType<FailedAttachment>
{
    public FailedAttachmentType()
    {
        Name = "FailedDataRowImportAttachment";
        Field<StringGraphType>("type").Resolve(c => c.Source.Type);
        Field<StringGraphType>("value").Resolve(c => c.Source.Value);
        Field<StringGraphType>("name").Resolve(c => c.Source.Name);
    }
}

internal sealed class GlobalKeyJobType : ObjectGraphType<GlobalKeyJob>
{
    public GlobalKeyJobType()
    {
        Name = "DataRowsForGlobalKeysJob";
        Field<NonNullGraphType<IdGraphType>>("jobId").Resolve(c => c.Source.Id);
    }
}

internal sealed class GlobalKeyJobResultType : ObjectGraphType<GlobalKeyJob>
{
    public GlobalKeyJobResultType()
    {
        Name = "DataRowsForGlobalKeysResult";
        Field<NonNullGraphType<StringGraphType>>("jobStatus").Resolve(_ => "COMPLETE");
        Field<NonNullGraphType<GlobalKeyJobDataType>>("data").Resolve(c => c.Source);
    }
}

internal sealed class GlobalKeyJobDataType : ObjectGraphType<GlobalKeyJob>
{
    public GlobalKeyJobDataType()
    {
        Name = "DataRowsForGlobalKeysData";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FetchedDataRowType>>>>("fetchedDataRows").Resolve(c => c.Source.FetchedIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("notFoundGlobalKeys").Resolve(c => c.Source.NotFound);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("accessDeniedGlobalKeys").Resolve(_ => Array.Empty<string>());
    }
}

internal sealed class FetchedDataRowType : ObjectGraphType<string>
{
    public FetchedDataRowType()
    {
        Name = "FetchedDataRow";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source);
    }
}

internal sealed class DataRowConnectionType : ObjectGraphType<Page<SandboxDataRow>>
{
    public DataRowConnectionType()
    {
        Name = "DatasetDataRowConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataRowType>>>>("nodes").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source);
    }
}

internal sealed class PageInfoType : ObjectGraphType<Page<SandboxDataRow>>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.After is not null);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.After);
    }
}
