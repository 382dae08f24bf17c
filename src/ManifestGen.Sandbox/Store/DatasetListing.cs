using System;
using System.Collections.Generic;

namespace ManifestGen.Sandbox.Store;

/// <summary>A dataset's rows, newest first, as they were at one version of the sandbox's rows; never changed.</summary>
internal sealed class DatasetListing
{
    private readonly Dictionary<string, int> places;

    public DatasetListing(string datasetId, long version, SandboxDataRow[] rows)
    {
        DatasetId = datasetId;
        Version = version;
        Rows = rows;
        places = new Dictionary<string, int>(rows.Length, StringComparer.Ordinal);
        for (int i = 0; i < rows.Length; i++)
        {
            places.Add(rows[i].Id, i);
        }
    }

    public string DatasetId { get; }

    public long Version { get; }

    public SandboxDataRow[] Rows { get; }

    /// <summary>Where the row with this id is, or -1.</summary>
    public int PlaceOf(string id) => places.GetValueOrDefault(id, -1);
}
