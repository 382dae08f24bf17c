using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ManifestGen.Sandbox.Store;

/// <summary>Reads a data folder's database back, everything in the order it was created.</summary>
internal static class StoreReader
{
    public static StoredState Load(SqliteConnection connection, string filesFolder)
    {
        StoredIdentity? identity = ReadIdentity(connection);
        List<SandboxDataset> datasets = Query(connection, "SELECT id, name, description, created_at FROM datasets ORDER BY seq",
            r => new SandboxDataset(r.GetString(0), r.GetString(1), Text(r, 2), Time(r, 3)));
        List<SandboxDataRow> rows = ReadRows(connection, datasets, out int versions);
        return new StoredState(
            identity,
            ReadCustomFields(connection),
            datasets,
            rows,
            versions,
            identity is null ? [] : ReadTasks(connection, identity.UserId),
            Query(connection, "SELECT id, file_name, content_type, url, length FROM files ORDER BY seq",
                r => new StoredFile(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), null,
                    Path.Combine(filesFolder, r.GetString(0), StoredFile.ContentFileName), r.GetInt64(4))));
    }

    /// <summary>
    /// The rows as the records of row_batches left them: each row's last version in the place of its first, less the rows
    /// deleted and those of datasets deleted.
    /// </summary>
    private static List<SandboxDataRow> ReadRows(SqliteConnection connection, List<SandboxDataset> datasets, out int versions)
    {
        versions = 0;
        // A dictionary keeps an entry's place when its value is replaced, and nothing is removed from it here.
        var rows = new Dictionary<string, SandboxDataRow>(StringComparer.Ordinal);
        foreach ((long count, byte[] record) in Query(connection, "SELECT row_count, rows FROM row_batches ORDER BY seq", r => (r.GetInt64(0), (byte[])r.GetValue(1))))
        {
            foreach (SandboxDataRow row in RowRecords.Read(record, count))
            {
                rows[row.Id] = row;
                versions++;
            }
        }

        var deleted = new HashSet<string>(StringComparer.Ordinal);
        foreach (string ids in Query(connection, "SELECT row_ids FROM deleted_rows ORDER BY seq", r => r.GetString(0)))
        {
            deleted.UnionWith(ids.Split(StoreWriter.RowIdSeparator));
        }

        var kept = new HashSet<string>(datasets.Select(d => d.Id), StringComparer.Ordinal);
        return rows.Values.Where(r => kept.Contains(r.DatasetId) && !deleted.Contains(r.Id)).ToList();
    }

    private static StoredIdentity? ReadIdentity(SqliteConnection connection)
    {
        Dictionary<string, string> values = Query(connection, "SELECT key, value FROM sandbox", r => (Key: r.GetString(0), Value: r.GetString(1)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return values.Count == 0 ? null : new StoredIdentity(values[SandboxStore.UserIdKey], values[SandboxStore.OrganizationIdKey],
            new DateTimeOffset(long.Parse(values[SandboxStore.CreatedAtKey], CultureInfo.InvariantCulture), TimeSpan.Zero));
    }

    private static List<SandboxMetadataField> ReadCustomFields(SqliteConnection connection) =>
        Query(connection, "SELECT id, name, kind, options FROM metadata_fields ORDER BY seq", r =>
        {
            // options: [[name, id]…]
            using var document = JsonDocument.Parse((byte[])r.GetValue(3));
            var options = document.RootElement.EnumerateArray().Select(o => (Name: o[0].GetString()!, Id: o[1].GetString()!)).ToArray();
            return new SandboxMetadataField(r.GetString(1), Enum.Parse<SandboxMetadataKind>(r.GetString(2)), options.Select(o => o.Name).ToArray())
            {
                SchemaId = r.GetString(0),
                OptionSchemaIds = options.ToDictionary(o => o.Name, o => o.Id, StringComparer.Ordinal),
            };
        });

    private static List<TaskRecord> ReadTasks(SqliteConnection connection, string userId)
    {
        var tasks = Query(connection, "SELECT id, status, completion, errors, created_at, updated_at FROM tasks ORDER BY seq",
            r => new TaskRecord(r.GetString(0), userId, Time(r, 4))
            {
                Status = r.GetString(1),
                CompletionPercentage = r.GetDouble(2),
                Errors = Text(r, 3),
                UpdatedAt = Time(r, 5),
            });
        Dictionary<string, TaskRecord> byId = tasks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach ((string taskId, string ids) in Query(connection, "SELECT task_id, row_ids FROM task_rows ORDER BY seq", r => (r.GetString(0), r.GetString(1))))
        {
            byId[taskId].SucceededRowIds.AddRange(ids.Split(StoreWriter.RowIdSeparator));
        }

        foreach ((string taskId, FailedRow failure) in Query(connection, "SELECT task_id, message, spec FROM task_failures ORDER BY seq",
            r => (r.GetString(0), new FailedRow(r.GetString(1), StoredJson.ReadSpec((byte[])r.GetValue(2))))))
        {
            byId[taskId].Failures.Add(failure);
        }

        return tasks;
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        var items = new List<T>();
        while (reader.Read())
        {
            items.Add(read(reader));
        }

        return items;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset Time(SqliteDataReader reader, int column) => new(reader.GetInt64(column), TimeSpan.Zero);
}
