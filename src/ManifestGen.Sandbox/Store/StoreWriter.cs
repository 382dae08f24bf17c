using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// Writes queued changes in one transaction with commands prepared once: an import writes a row per statement,
/// and parsing the SQL again for each was most of the cost.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly StoredJson json = new();
    private readonly SqliteCommand putRow;
    private readonly SqliteCommand putTask;
    private readonly SqliteCommand addTaskRows;
    private readonly SqliteCommand addFailure;
    private readonly SqliteCommand addDataset;
    private readonly SqliteCommand addFile;
    private readonly SqliteCommand deleteDataset;

    // A commit's row ids per task, written as one task_rows record each: a record per row doubled the rows' cost.
    private readonly Dictionary<string, StringBuilder> taskRows = new(StringComparer.Ordinal);

    public StoreWriter(SqliteConnection connection)
    {
        this.connection = connection;
        putRow = Prepare("""
            INSERT INTO rows (id, dataset_id, row_data, global_key, external_id, media_type, metadata, attachments, created_at, updated_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)
            ON CONFLICT (id) DO UPDATE SET dataset_id = excluded.dataset_id, row_data = excluded.row_data, global_key = excluded.global_key,
                external_id = excluded.external_id, media_type = excluded.media_type, metadata = excluded.metadata,
                attachments = excluded.attachments, updated_at = excluded.updated_at
            """, 10);
        putTask = Prepare("""
            INSERT INTO tasks (id, status, completion, errors, created_at, updated_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, completion = excluded.completion, errors = excluded.errors,
                updated_at = excluded.updated_at
            """, 6);
        addTaskRows = Prepare("INSERT INTO task_rows (task_id, row_ids) VALUES ($p0, $p1)", 2);
        addFailure = Prepare("INSERT INTO task_failures (task_id, message, spec) VALUES ($p0, $p1, $p2)", 3);
        addDataset = Prepare("INSERT INTO datasets (id, name, description, created_at) VALUES ($p0, $p1, $p2, $p3)", 4);
        addFile = Prepare("INSERT INTO files (id, file_name, content_type, url, length) VALUES ($p0, $p1, $p2, $p3, $p4)", 5);
        deleteDataset = Prepare("DELETE FROM rows WHERE dataset_id = $p0; DELETE FROM datasets WHERE id = $p0", 1);
    }

    /// <summary>The separator of a task's row ids in task_rows; ids are lower-case letters and digits.</summary>
    public const char RowIdSeparator = ',';

    public void Write(List<PendingWrite> writes)
    {
        taskRows.Clear(); // what a failed commit left
        using SqliteTransaction transaction = connection.BeginTransaction();
        foreach (SqliteCommand command in new[] { putRow, putTask, addTaskRows, addFailure, addDataset, addFile, deleteDataset })
        {
            command.Transaction = transaction;
        }

        foreach (PendingWrite write in writes)
        {
            switch (write.Kind)
            {
                case WriteKind.Row:
                    PutRow((SandboxDataRow)write.Item, write.TaskId);
                    break;
                case WriteKind.Task:
                    var task = (SandboxTask)write.Item;
                    Run(putTask, task.Id, task.Status, task.CompletionPercentage, task.Errors, task.CreatedAt.UtcTicks, task.UpdatedAt.UtcTicks);
                    break;
                case WriteKind.Failure:
                    var failure = (FailedRow)write.Item;
                    Run(addFailure, write.TaskId, failure.Message, json.Spec(failure.Spec));
                    break;
                case WriteKind.Dataset:
                    var dataset = (SandboxDataset)write.Item;
                    Run(addDataset, dataset.Id, dataset.Name, dataset.Description, dataset.CreatedAt.UtcTicks);
                    break;
                case WriteKind.DatasetDeleted:
                    Run(deleteDataset, write.Item);
                    break;
                case WriteKind.File:
                    var file = (StoredFile)write.Item;
                    Run(addFile, file.Id, file.FileName, file.ContentType, file.Url, file.Length);
                    break;
            }
        }

        foreach ((string taskId, StringBuilder ids) in taskRows)
        {
            Run(addTaskRows, taskId, ids.ToString());
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        foreach (SqliteCommand command in new[] { putRow, putTask, addTaskRows, addFailure, addDataset, addFile, deleteDataset })
        {
            command.Dispose();
        }

        json.Dispose();
    }

    private void PutRow(SandboxDataRow row, string? taskId)
    {
        // Bound one by one, not through Run: its array per row was garbage the size of the import.
        SqliteParameterCollection parameters = putRow.Parameters;
        parameters[0].Value = row.Id;
        parameters[1].Value = row.DatasetId;
        parameters[2].Value = row.RowData;
        parameters[3].Value = (object?)row.GlobalKey ?? DBNull.Value;
        parameters[4].Value = (object?)row.ExternalId ?? DBNull.Value;
        parameters[5].Value = (object?)row.MediaType ?? DBNull.Value;
        parameters[6].Value = (object?)json.Metadata(row.Metadata) ?? DBNull.Value;
        parameters[7].Value = (object?)json.Attachments(row.Attachments) ?? DBNull.Value;
        parameters[8].Value = row.CreatedAt.UtcTicks;
        parameters[9].Value = row.UpdatedAt.UtcTicks;
        putRow.ExecuteNonQuery();
        if (taskId is not null)
        {
            if (taskRows.TryGetValue(taskId, out StringBuilder? ids))
            {
                ids.Append(RowIdSeparator);
            }
            else
            {
                taskRows[taskId] = ids = new StringBuilder();
            }

            ids.Append(row.Id);
        }
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        for (int i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
