using System;
using ManifestGen.Sandbox.Store;

namespace ManifestGen.Sandbox.Import;

/// <summary>
/// Applies the rows of one task, as read by <see cref="ManifestItemReader"/>, to the store, or records why not with
/// the service's message. Rows are applied in order, so of two rows with one global key only the later fails.
/// </summary>
internal sealed class RowImporter
{
    private readonly SandboxState state;
    private readonly TaskRecord task;
    private DateTimeOffset now;
    private int rowsSinceClock;
    private string?[] errors = Array.Empty<string?>(); // each row's refusal in the run being imported

    public RowImporter(SandboxState state, TaskRecord task)
    {
        this.state = state;
        this.task = task;
    }

    /// <summary>
    /// Stores the items' rows as read, in order, or records why each was refused: by the reader, or here against the
    /// other rows. The rows are applied under one hold of the store's lock: taken per row, the lock was contended by
    /// every request on the two cores and the task waited for it. A failed row is described after the lock is let go.
    /// </summary>
    /// <param name="items">A run of a chunk's items, at most a progress step's (1,024), so that a request waits for the lock only briefly.</param>
    public void Import(ReadOnlySpan<ManifestItem> items)
    {
        if (errors.Length < items.Length)
        {
            errors = new string?[items.Length];
        }

        lock (state.Gate)
        {
            for (int i = 0; i < items.Length; i++)
            {
                ref readonly ManifestItem item = ref items[i];
                errors[i] = item.Error ?? Apply(item.Input, item.KeyType, item.KeyValue);
            }
        }

        for (int i = 0; i < items.Length; i++)
        {
            if (errors[i] is { } error)
            {
                errors[i] = null;
                Fail(error, items[i].Payload);
            }
        }
    }

    private void Fail(string message, ReadOnlyMemory<byte> payload)
    {
        FailedRowSpec spec = payload.IsEmpty ? FailedRows.Empty : FailedRows.Describe(payload);
        state.AddFailure(task, new FailedRow(message, spec));
    }

    /// <summary>Checks the key, dataset and global key and writes the row; the caller holds the lock.</summary>
    private string? Apply(in RowInput input, string keyType, string keyValue)
    {
        SandboxDataRow? target;
        switch (keyType)
        {
            case "AUTO":
                target = null;
                break;
            case "GKEY":
                if (keyValue.Length == 0)
                {
                    return "A GKEY key needs the global key as its value";
                }

                target = state.RowByGlobalKeyLocked(keyValue);
                break;
            case "ID":
                target = state.RowByIdLocked(keyValue);
                if (target is null)
                {
                    return "Data Row not found: '" + keyValue + "'";
                }

                break;
            default:
                return "Invalid key type '" + keyType + "'; expected AUTO, GKEY or ID";
        }

        if (input.DatasetId is null)
        {
            return "dataset_id is missing";
        }

        if (!state.DatasetExistsLocked(input.DatasetId))
        {
            return "Dataset not found: '" + input.DatasetId + "'";
        }

        string? globalKey = input.GlobalKey ?? (target is null && keyType == "GKEY" ? keyValue : target?.GlobalKey);
        if (globalKey is not null)
        {
            // Keyed by this very global key, the row was looked up already.
            SandboxDataRow? owner = keyType == "GKEY" && globalKey == keyValue ? target : state.RowByGlobalKeyLocked(globalKey);
            if (owner is not null && owner.Id != target?.Id)
            {
                return "Duplicate global key: '" + globalKey + "'";
            }
        }

        if (rowsSinceClock++ % 256 == 0)
        {
            // Read the clock once per 256 rows: on some hosts each read is a system call costing microseconds.
            now = DateTimeOffset.UtcNow;
        }

        SandboxDataRow row;
        if (target is null)
        {
            if (!input.RowData.HasValue)
            {
                return "row_data is missing";
            }

            row = new SandboxDataRow(SandboxIds.New(now), input.DatasetId, string.Empty, globalKey, input.ExternalId, input.MediaType,
                input.Metadata ?? Array.Empty<SandboxMetadataValue>(), input.Attachments ?? Array.Empty<SandboxAttachment>(), now, now)
            {
                RowDataText = input.RowData,
            };
        }
        else
        {
            // An upsert writes the fields it gives and keeps the others.
            row = target with
            {
                DatasetId = input.DatasetId,
                RowDataText = input.RowData.HasValue ? input.RowData : target.RowDataText,
                GlobalKey = globalKey,
                ExternalId = input.ExternalId ?? target.ExternalId,
                MediaType = input.MediaType ?? target.MediaType,
                Metadata = input.Metadata ?? target.Metadata,
                Attachments = input.Attachments ?? target.Attachments,
                UpdatedAt = now,
            };
        }

        state.PutRowLocked(row, target, task);
        return null;
    }
}
