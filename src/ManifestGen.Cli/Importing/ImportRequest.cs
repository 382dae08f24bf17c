using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Inputs;

namespace ManifestGen.Cli.Importing;

/// <summary>What submit and resume import.</summary>
/// <param name="Inputs">The manifests, in path order.</param>
/// <param name="JournalPath">The journal's full path.</param>
/// <param name="DatasetName">The dataset to create; null when importing into an existing one or resuming (the journal records it).</param>
/// <param name="DatasetId">The existing dataset to import into (submit --dataset-id); null otherwise.</param>
/// <param name="FailuresPath">Where the failures go, full path.</param>
/// <param name="Target">Where to import: Labelbox, an endpoint, or a sandbox started in this process.</param>
/// <param name="Mode">Create (every row) or sync (only what the dataset lacks: submit --sync, or the resume of a sync's journal).</param>
/// <param name="Prune">submit --sync --prune: the dataset's rows no manifest names are listed, confirmed and deleted.</param>
/// <param name="Yes">submit --yes: the prune is confirmed without asking.</param>
internal sealed record ImportRequest(ResolvedInputs Inputs, string JournalPath, string? DatasetName, string? DatasetId, string FailuresPath, LabelboxTarget Target,
    ImportMode Mode, bool Prune = false, bool Yes = false);
