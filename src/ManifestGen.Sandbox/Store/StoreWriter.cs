using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// Writes queued changes in one transaction with commands prepared once: an import writes a row per statement,
/// and parsing the SQL again for each was most of the cost. Rows go through SQLite's own API (as
/// Microsoft.Data.Sqlite does underneath): its per-command work was most of a 100,000-row import's last commit.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly StoredJson json = new();
    private readonly sqlite3_stmt putRow;
    private readonly SqliteCommand putTask;
    private readonly SqliteCommand addTaskRows;
    private readonly SqliteCommand addFailure;
    private readonly SqliteCommand addDataset;
    private readonly SqliteCommand addFile;
    private readonly SqliteCommand deleteDataset;
    private readonly SqliteCommand deleteRow;

    // A commit's row ids per task, written as one task_rows record each: a record per row doubled the rows' cost.
    private readonly Dictionary<string, StringBuilder> taskRows = new(StringComparer.Ordinal);

    public StoreWriter(SqliteConnection connection)
    {
        this.connection = connection;
        int prepared = raw.sqlite3_prepare_v2(connection.Handle, """
            INSERT INTO rows (id, dataset_id, row_data, global_key, external_id, media_type, metadata, attachments, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT (id) DO UPDATE SET dataset_id = excluded.dataset_id, row_data = excluded.row_data, global_key = excluded.global_key,
                external_id = excluded.external_id, media_type = excluded.media_type, metadata = excluded.metadata,
                attachments = excluded.attachments, updated_at = excluded.updated_at
            """, out putRow);
        SqliteException.ThrowExceptionForRC(prepared, connection.Handle);
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
        deleteRow = Prepare("DELETE FROM rows WHERE id = $p0", 1); // metadata and attachments are the row's columns
    }

    /// <summary>The separator of a task's row ids in task_rows; ids are lower-case letters and digits.</summary>
    public const char RowIdSeparator = ',';

    public void Write(List<PendingWrite> writes)
    {
        taskRows.Clear(); // what a failed commit left
        using SqliteTransaction transaction = connection.BeginTransaction();
        foreach (SqliteCommand command in new[] { putTask, addTaskRows, addFailure, addDataset, addFile, deleteDataset, deleteRow })
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
                case WriteKind.RowsDeleted:
                    foreach (string id in (string[])write.Item)
                    {
                        Run(deleteRow, id);
                    }

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
        foreach (SqliteCommand command in new[] { putTask, addTaskRows, addFailure, addDataset, addFile, deleteDataset, deleteRow })
        {
            command.Dispose();
        }

        putRow.Dispose();
        json.Dispose();
    }

    private void PutRow(SandboxDataRow row, string? taskId)
    {
        raw.sqlite3_bind_text(putRow, 1, row.Id);
        raw.sqlite3_bind_text(putRow, 2, row.DatasetId);
        raw.sqlite3_bind_text(putRow, 3, row.RowData);
        BindText(4, row.GlobalKey);
        BindText(5, row.ExternalId);
        BindText(6, row.MediaType);
        BindJson(7, json.Metadata(row.Metadata)); // bound as a copy: the next write reuses the buffer
        BindJson(8, json.Attachments(row.Attachments));
        raw.sqlite3_bind_int64(putRow, 9, row.CreatedAt.UtcTicks);
        raw.sqlite3_bind_int64(putRow, 10, row.UpdatedAt.UtcTicks);
        int done = raw.sqlite3_step(putRow);
        raw.sqlite3_reset(putRow);
        if (done != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(done, connection.Handle);
        }

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

    private void BindText(int index, string? value) =>
        _ = value is null ? raw.sqlite3_bind_null(putRow, index) : raw.sqlite3_bind_text(putRow, index, value);

    private void BindJson(int index, ReadOnlySpan<byte> value) =>
        _ = value.IsEmpty ? raw.sqlite3_bind_null(putRow, index) : raw.sqlite3_bind_blob(putRow, index, value);

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
