using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace ManifestGen.Sandbox.Store;

/// <summary>
/// The SQLite file of a data folder: its tables, and the checks that refuse a file this version cannot read.
/// <c>PRAGMA application_id</c> marks the file as a sandbox's, <c>PRAGMA user_version</c> is its schema version.
/// </summary>
internal static class StoreSchema
{
    public const string FileName = "sandbox.db";

    /// <summary>
    /// The schema this sandbox writes and reads; any other is refused, never guessed at. Version 3 keeps rows in
    /// row_batches as binary records (<see cref="RowRecords"/>) with their row count, where version 2 had compact
    /// JSON and version 1 a record per row.
    /// </summary>
    public const int Version = 3;

    /// <summary>"LBXS": tells a sandbox database from any other SQLite file.</summary>
    private const int ApplicationId = 0x4C425853;

    // Every table has an INTEGER PRIMARY KEY seq, so that reading back in seq order restores the order things were
    // created in. Rows are written as runs (row_batches, RowRecords): a record and an index entry per row took the
    // one writer about half again to twice as long in a harness. A row written again is stored again; read back in
    // order, its last version counts and keeps its first one's place, as the in-memory dictionaries keep it. A
    // deleted row's id goes to deleted_rows; the rows of a deleted dataset are those whose dataset is gone.
    private const string Tables = """
        CREATE TABLE sandbox (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE metadata_fields (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, options BLOB NOT NULL);
        CREATE TABLE datasets (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT, created_at INTEGER NOT NULL);
        CREATE TABLE row_batches (seq INTEGER PRIMARY KEY, row_count INTEGER NOT NULL, rows BLOB NOT NULL);
        CREATE TABLE deleted_rows (seq INTEGER PRIMARY KEY, row_ids TEXT NOT NULL);
        CREATE TABLE tasks (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, status TEXT NOT NULL, completion REAL NOT NULL, errors TEXT,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE TABLE task_rows (seq INTEGER PRIMARY KEY, task_id TEXT NOT NULL, row_ids TEXT NOT NULL);
        CREATE TABLE task_failures (seq INTEGER PRIMARY KEY, task_id TEXT NOT NULL, message TEXT NOT NULL, spec BLOB NOT NULL);
        CREATE TABLE files (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, file_name TEXT NOT NULL, content_type TEXT NOT NULL,
            url TEXT NOT NULL, length INTEGER NOT NULL);
        """;

    /// <summary>The file whose exclusive handle marks the folder as in use.</summary>
    public const string LockFileName = "sandbox.lock";

    /// <summary>
    /// Opens the folder's database, creating it in an empty or new folder; refuses a folder that holds other things
    /// and no database, one another sandbox holds, a file that is not a sandbox database, and one of another schema
    /// version. <paramref name="folderLock"/> holds the folder until disposed.
    /// </summary>
    public static SqliteConnection Open(string folder, out FileStream folderLock)
    {
        string path = Path.Combine(folder, FileName);
        bool exists = File.Exists(path);
        if (!exists && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any(e => Path.GetFileName(e) != LockFileName))
        {
            throw new SandboxDataException(folder, "it holds other files and no " + FileName + "; give an empty or a new folder");
        }

        Directory.CreateDirectory(folder);
        folderLock = Lock(folder);
        try
        {
            return OpenDatabase(folder, path);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Holds the folder for one sandbox: two writing one database, each with its own view in memory, would store a
    /// mix that neither served. The lock is the open file itself (an exclusive flock on Unix), so a killed sandbox
    /// leaves none behind.
    /// </summary>
    private static FileStream Lock(string folder)
    {
        try
        {
            return new FileStream(Path.Combine(folder, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new SandboxDataException(folder, "another sandbox is using it; stop that one, or give another folder", e);
        }
    }

    private static SqliteConnection OpenDatabase(string folder, string path)
    {
        // Not pooled: the sandbox holds its one connection, and a pooled one would keep the file open after disposal.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            long applicationId = Scalar(connection, "PRAGMA application_id");
            long version = Scalar(connection, "PRAGMA user_version");
            if (applicationId == 0 && version == 0 && Scalar(connection, "SELECT count(*) FROM sqlite_schema") == 0)
            {
                // Pages of 64 KB, set before the first table: rows are stored as records of about 1.6 MB (4,096 rows), each
                // a chain of pages and log frames: at 4 KB a page, committing them took about twice as long in a harness.
                Execute(connection, "PRAGMA page_size=65536; BEGIN; " + Tables + " PRAGMA application_id=" + ApplicationId + "; PRAGMA user_version=" + Version + "; COMMIT;");
            }
            else if (applicationId != ApplicationId)
            {
                throw new SandboxDataException(folder, FileName + " is a SQLite database, but not a sandbox's");
            }
            else if (version != Version)
            {
                throw new SandboxDataException(folder, "it was written by another version of the sandbox: its schema version is "
                    + version + ", this sandbox reads version " + Version);
            }

            // Set only on a database found to be a sandbox's of this version: a refused file is left as it was.
            // WAL with synchronous=NORMAL: a committed transaction is in the log file before Commit returns, so it
            // survives the process being killed (not a power cut, which would need FULL and a sync per commit).
            // Checkpoints (each a disk sync) every 64 MB of log (1,024 pages of 64 KB): a 100,000-row import writes ~40 MB.
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=1024; PRAGMA cache_size=-65536;");

            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new SandboxDataException(folder, FileName + " cannot be read as a SQLite database (" + e.Message + ")", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
