using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// Writes queued changes in one transaction with commands prepared once. A commit's rows are written as one
/// row_batches record per <see cref="RowsPerRecord"/> rows (<see cref="RowRecords"/>), and its row ids per task as one
/// UTF-8 buffer, both through SQLite's own API (as Microsoft.Data.Sqlite does underneath), so that the one writer keeps
/// pace with an import.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly StoredJson json = new();
    private readonly RowRecords records = new();
    private readonly sqlite3_stmt putRows;
    private readonly sqlite3_stmt addTaskRows;
    private readonly SqliteCommand putTask;
    private readonly SqliteCommand addFailure;
    private readonly SqliteCommand addDataset;
    private readonly SqliteCommand addFile;
    private readonly SqliteCommand deleteDataset;
    private readonly SqliteCommand deleteRows;
    private readonly List<SandboxDataRow> rows = new(); // the commit's rows, in order

    // A commit's row ids per task, as the UTF-8 text of one task_rows record each: a record per row doubled the rows'
    // cost, and a string of them was built only to be encoded again.
    private readonly Dictionary<string, ArrayBufferWriter<byte>> taskRows = new(StringComparer.Ordinal);

    public StoreWriter(SqliteConnection connection)
    {
        this.connection = connection;
        putRows = PrepareRaw("INSERT INTO row_batches (row_count, rows) VALUES (?1, ?2)");
        addTaskRows = PrepareRaw("INSERT INTO task_rows (task_id, row_ids) VALUES (?1, ?2)");
        putTask = Prepare("""
            INSERT INTO tasks (id, status, completion, errors, created_at, updated_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, completion = excluded.completion, errors = excluded.errors,
                updated_at = excluded.updated_at
            """, 6);
        addFailure = Prepare("INSERT INTO task_failures (task_id, message, spec) VALUES ($p0, $p1, $p2)", 3);
        addDataset = Prepare("INSERT INTO datasets (id, name, description, created_at) VALUES ($p0, $p1, $p2, $p3)", 4);
        addFile = Prepare("INSERT INTO files (id, file_name, content_type, url, length) VALUES ($p0, $p1, $p2, $p3, $p4)", 5);
        deleteDataset = Prepare("DELETE FROM datasets WHERE id = $p0", 1); // its rows are read back as gone with it
        deleteRows = Prepare("INSERT INTO deleted_rows (row_ids) VALUES ($p0)", 1); // metadata and attachments are in the row's record
    }

    /// <summary>The separator of row ids in task_rows and deleted_rows; ids are lower-case letters and digits.</summary>
    public const char RowIdSeparator = ',';

    /// <summary>At most this many rows a record, so that a commit that holds a whole import does not encode it in one buffer.</summary>
    public const int RowsPerRecord = 4096;

    public void Write(List<PendingWrite> writes)
    {
        taskRows.Clear(); // what a failed commit left
        rows.Clear();
        using SqliteTransaction transaction = connection.BeginTransaction();
        foreach (SqliteCommand command in new[] { putTask, addFailure, addDataset, addFile, deleteDataset, deleteRows })
        {
            command.Transaction = transaction;
        }

        foreach (PendingWrite write in writes)
        {
            switch (write.Kind)
            {
                case WriteKind.Row:
                    AddRow((SandboxDataRow)write.Item, write.TaskId);
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
                    // Read back after every row record, wherever it stands: a deleted row's id is never used again.
                    Run(deleteRows, string.Join(RowIdSeparator, (string[])write.Item));
                    break;
                case WriteKind.File:
                    var file = (StoredFile)write.Item;
                    Run(addFile, file.Id, file.FileName, file.ContentType, file.Url, file.Length);
                    break;
            }
        }

        PutRecords(rows);

        rows.Clear(); // not held until the next commit
        foreach ((string taskId, ArrayBufferWriter<byte> ids) in taskRows)
        {
            raw.sqlite3_bind_text(addTaskRows, 1, taskId);
            raw.sqlite3_bind_text(addTaskRows, 2, ids.WrittenSpan);
            Step(addTaskRows);
        }

        taskRows.Clear();

        transaction.Commit();
    }

    /// <summary>
    /// Replaces every row record with the rows kept, in their order, in one transaction: the versions rows written again
    /// left behind, and the rows deleted, are gone from the file.
    /// </summary>
    public void Rewrite(IReadOnlyList<SandboxDataRow> kept)
    {
        using SqliteTransaction transaction = connection.BeginTransaction();
        using (SqliteCommand clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM row_batches; DELETE FROM deleted_rows";
            clear.ExecuteNonQuery();
        }

        PutRecords(kept);

        transaction.Commit();
    }

    public void Dispose()
    {
        foreach (SqliteCommand command in new[] { putTask, addFailure, addDataset, addFile, deleteDataset, deleteRows })
        {
            command.Dispose();
        }

        putRows.Dispose();
        addTaskRows.Dispose();
        json.Dispose();
    }

    private void AddRow(SandboxDataRow row, string? taskId)
    {
        rows.Add(row);
        if (taskId is not null)
        {
            if (taskRows.TryGetValue(taskId, out ArrayBufferWriter<byte>? ids))
            {
                ids.GetSpan(1)[0] = (byte)RowIdSeparator;
                ids.Advance(1);
            }
            else
            {
                taskRows[taskId] = ids = new ArrayBufferWriter<byte>();
            }

            ids.Advance(Encoding.UTF8.GetBytes(row.Id, ids.GetSpan(Encoding.UTF8.GetMaxByteCount(row.Id.Length))));
        }
    }

    /// <summary>Writes <paramref name="rows"/> as records of up to <see cref="RowsPerRecord"/> rows, in order.</summary>
    private void PutRecords(IReadOnlyList<SandboxDataRow> rows)
    {
        for (int start = 0; start < rows.Count; start += RowsPerRecord)
        {
            int count = Math.Min(RowsPerRecord, rows.Count - start);
            raw.sqlite3_bind_int(putRows, 1, count);
            raw.sqlite3_bind_blob(putRows, 2, records.Write(rows, start, count)); // bound as a copy: the next record reuses the buffer
            Step(putRows);
        }
    }

    /// <summary>Runs a statement whose values are bound, and resets it for the next ones.</summary>
    private void Step(sqlite3_stmt statement)
    {
        int done = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (done != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(done, connection.Handle);
        }
    }

    private sqlite3_stmt PrepareRaw(string sql)
    {
        int prepared = raw.sqlite3_prepare_v2(connection.Handle, sql, out sqlite3_stmt statement);
        SqliteException.ThrowExceptionForRC(prepared, connection.Handle);
        return statement;
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
