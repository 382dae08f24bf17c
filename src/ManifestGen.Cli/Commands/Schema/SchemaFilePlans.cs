using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;

namespace ManifestGen.Cli.Commands.Schema;

/// <summary>Reads labelbox.metadata.json files, already validated, and plans each against the organization.</summary>
internal static class SchemaFilePlans
{
    /// <summary>The fields a file declares; its problems were reported by the validation that ran first.</summary>
    public static MetadataSchema ReadDeclared(string path) => MetadataSchemaFile.Parse(File.ReadAllText(path), new ProblemSink(), _ => "");

    /// <summary>One plan per file, in the order given, each shown relative to <paramref name="workingDirectory"/>.</summary>
    public static async Task<List<SchemaFilePlan>> PlanAsync(LabelboxClient client, IEnumerable<string> files, string workingDirectory, CancellationToken cancellationToken)
    {
        var plans = new List<SchemaFilePlan>();
        foreach (string file in files)
        {
            MetadataSchemaPlan plan = await client.PlanMetadataSchemaAsync(ReadDeclared(file), cancellationToken).ConfigureAwait(false);
            plans.Add(new SchemaFilePlan(Path.GetRelativePath(workingDirectory, file), plan));
        }

        return plans;
    }
}
