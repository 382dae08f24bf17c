using System;
using System.IO;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.Data.Sqlite;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// The SQLite database of a data folder, written through by <see cref="SandboxState"/>, whose dictionaries stay the
/// read model. A change is queued as it is made in memory (cheap, under the state's lock) and written by the next
/// <see cref="Commit"/>, in the order the changes were made; the state commits before it answers for a change (a
/// dataset created, a file uploaded, a task started or finished), and an import starts one every 1,024 rows.
/// </summary>
internal sealed class SandboxStore : IDisposable
{
    public const string UserIdKey = "user_id";
    public const string OrganizationIdKey = "organization_id";
    public const string CreatedAtKey = "created_at";

    private readonly SqliteConnection connection;
    private readonly StoreWriter writer;
    private readonly object queueGate = new();
    private readonly object commitGate = new();
    private List<PendingWrite> queued = new();
    private List<PendingWrite> writing = new();
    private int backgroundCommitting;
    private Exception? failure;
    private bool disposed;

    private readonly FileStream folderLock;

    private SandboxStore(SqliteConnection connection, FileStream folderLock)
    {
        this.connection = connection;
        this.folderLock = folderLock;
        writer = new StoreWriter(connection);
    }

    /// <summary>Opens (or creates) the database of <paramref name="folder"/> and reads everything it holds.</summary>
    /// <exception cref="SandboxDataException">The folder or its database cannot be used.</exception>
    public static SandboxStore Open(string folder, out StoredState stored)
    {
        SqliteConnection connection = StoreSchema.Open(folder, out FileStream folderLock);
        try
        {
            stored = StoreReader.Load(connection, System.IO.Path.Combine(folder, StoredFile.FolderName));
            var store = new SandboxStore(connection, folderLock);
            try
            {
                if (stored.RowVersions - stored.Rows.Count > Math.Max(stored.Rows.Count, StoreWriter.RowsPerRecord))
                {
                    // Rows written again and deleted ones stay in their records until a start finds more of them than
                    // rows kept: the file stays at most about twice what it holds, and a start pays for it only then.
                    store.writer.Rewrite(stored.Rows);
                }
            }
            catch
            {
                store.writer.Dispose();
                throw;
            }

            return store;
        }
        catch (Exception e) when (e is SqliteException or JsonException or FormatException or InvalidCastException or KeyNotFoundException or ArgumentException
            or InvalidOperationException)
        {
            connection.Dispose();
            folderLock.Dispose();
            throw new SandboxDataException(folder, StoreSchema.FileName + " is damaged (" + e.Message + ")", e);
        }
    }

    /// <summary>Writes the ids of the sandbox's user and organization, once, in a new folder.</summary>
    public void SaveIdentity(StoredIdentity identity) => WriteNow(
        "INSERT INTO sandbox (key, value) VALUES ($k0, $v0), ($k1, $v1), ($k2, $v2)",
        ("$k0", UserIdKey), ("$v0", identity.UserId), ("$k1", OrganizationIdKey), ("$v1", identity.OrganizationId),
        ("$k2", CreatedAtKey), ("$v2", identity.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Replaces the stored custom metadata fields with the ones in use, schema ids and all.</summary>
    /// <param name="fields">The custom fields, in the ontology's order.</param>
    /// <param name="nodes">Their ontology nodes, which hold the schema ids picked for them.</param>
    public void SaveCustomFields(IReadOnlyList<SandboxMetadataField> fields, IEnumerable<OntologyNode> nodes)
    {
        lock (commitGate)
        {
            using SqliteTransaction transaction = connection.BeginTransaction();
            Execute(transaction, "DELETE FROM metadata_fields");
            foreach ((SandboxMetadataField field, OntologyNode node) in fields.Zip(nodes))
            {
                byte[] options = JsonSerializer.SerializeToUtf8Bytes(node.Options.Select(o => new[] { o.Name, o.Id }));
                Execute(transaction, "INSERT INTO metadata_fields (id, name, kind, options) VALUES ($id, $name, $kind, $options)",
                    ("$id", node.Id), ("$name", node.Name), ("$kind", field.Kind.ToString()), ("$options", options));
            }

            transaction.Commit();
        }
    }

    /// <summary>Queues a change to be written by the next <see cref="Commit"/>.</summary>
    public void Queue(PendingWrite write)
    {
        lock (queueGate)
        {
            queued.Add(write);
        }
    }

    /// <summary>Queues the deletion of a dataset and its rows (for SandboxState's dataset deletion).</summary>
    public void DeleteDataset(string id) => Queue(new PendingWrite(WriteKind.DatasetDeleted, id));

    /// <summary>Writes every change queued so far in one transaction; when it returns, they survive the process being killed.</summary>
    /// <exception cref="InvalidOperationException">This or an earlier commit failed: its changes are not stored, and no later
    /// commit is taken.</exception>
    public void Commit()
    {
        lock (commitGate)
        {
            // Kept, not told once: the failed changes are not in the database, so nothing committed after them
            // (a task's COMPLETE above all) may be reported as stored.
            if (failure is { } failed)
            {
                throw new InvalidOperationException("Writing to the data folder failed: " + failed.Message, failed);
            }

            if (disposed)
            {
                return;
            }

            // A commit that waited for another's may find its changes written already.
            lock (queueGate)
            {
                (queued, writing) = (writing, queued);
            }

            if (writing.Count == 0)
            {
                return;
            }

            try
            {
                writer.Write(writing);
            }
            catch (Exception e) when (e is SqliteException or IOException)
            {
                failure = e;
                throw new InvalidOperationException("Writing to the data folder failed: " + e.Message, e);
            }
            finally
            {
                writing.Clear();
            }
        }
    }

    /// <summary>
    /// Commits on a pool thread, unless one is under way: an import goes on applying rows meanwhile, instead of
    /// waiting for the disk every so many rows. A failure is thrown by the next <see cref="Commit"/>.
    /// </summary>
    public void CommitSoon()
    {
        if (Interlocked.CompareExchange(ref backgroundCommitting, 1, 0) != 0)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            store =>
            {
                try
                {
                    store.Commit();
                }
                catch (InvalidOperationException)
                {
                    // Kept by Commit for every later one to throw: a pool thread's exception would end the process.
                }
                finally
                {
                    Volatile.Write(ref store.backgroundCommitting, 0);
                }
            },
            this,
            preferLocal: false);
    }

    public void Dispose()
    {
        try
        {
            Commit();
        }
        finally
        {
            lock (commitGate)
            {
                disposed = true;
                writer.Dispose();
                connection.Dispose();
                folderLock.Dispose();
            }
        }
    }

    private void WriteNow(string sql, params (string Name, object Value)[] parameters)
    {
        lock (commitGate)
        {
            using SqliteTransaction transaction = connection.BeginTransaction();
            Execute(transaction, sql, parameters);
            transaction.Commit();
        }
    }

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach ((string name, object value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
