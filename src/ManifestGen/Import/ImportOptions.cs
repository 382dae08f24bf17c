using System;

namespace ManifestGen;

/// <summary>Where and how <c>LabelboxClient.ImportAsync</c> imports.</summary>
public sealed class ImportOptions
{
    /// <summary>
    /// The dataset to import into. Set this or <see cref="DatasetName"/>. It is read before any row is sent: one that does
    /// not exist (or the key cannot see) fails the import with a <see cref="LabelboxRequestException"/> of kind
    /// <see cref="LabelboxErrorKind.NotFound"/>.
    /// </summary>
    public string? DatasetId { get; set; }

    /// <summary>
    /// With no <see cref="DatasetId"/>: a dataset of this name is created for the import. Names are not unique, so
    /// this always creates one — except when the import resumes from a journal, which remembers the dataset it
    /// created. To import into an existing dataset by name, find its id with <see cref="LabelboxClient.FindDatasetsAsync"/>. For an <see cref="ImportManifest"/>
    /// the envelope's "dataset" is used when neither is set.
    /// </summary>
    public string? DatasetName { get; set; }

    /// <summary>The description of a dataset created from <see cref="DatasetName"/>.</summary>
    public string? DatasetDescription { get; set; }

    /// <summary>
    /// A JSON-lines file recording what was uploaded, which tasks started and how they ended. Given an
    /// existing journal for the same input, the import resumes: finished tasks are not repeated, started
    /// ones are polled again, and only rows Labelbox never acknowledged are sent. Null: no journal, no resume.
    /// The journal never holds the API key.
    /// </summary>
    public string? JournalPath { get; set; }

    /// <summary>How rows are keyed; <see cref="RowKeyMode.Auto"/> by default.</summary>
    public RowKeyMode KeyMode { get; set; } = RowKeyMode.Auto;

    /// <summary>The folder relative local paths are read from; for a manifest loaded from a file, its folder
    /// by default, else the current directory.</summary>
    public string? BaseDirectory { get; set; }

    /// <summary>
    /// <see cref="ImportMode.Create"/> (the default) sends every row; <see cref="ImportMode.Sync"/> sends only the rows the
    /// dataset named by <see cref="DatasetId"/> lacks or holds otherwise. A resumed import must give the mode it started with.
    /// </summary>
    public ImportMode Mode { get; set; } = ImportMode.Create;

    /// <summary>
    /// In a <see cref="ImportMode.Sync"/>: once the rows are stored, deletes the dataset's rows that no input row names (the
    /// plan's <see cref="DataRowPlan.NotInRows"/>, rows without a global key among them), with their metadata and attachments.
    /// No confirmation is asked: list them first with <see cref="LabelboxClient.PlanAsync"/>. A sync that resumes deletes what its
    /// first run's plan listed; a finished one never deletes again.
    /// </summary>
    public bool Prune { get; set; }

    /// <summary>
    /// A sync's decisions made before the import, from <see cref="LabelboxClient.PlanSyncAsync"/>: used instead of planning again,
    /// so that the rows lbx submit --sync --prune listed and had confirmed are exactly the rows deleted. Ignored when the journal
    /// records a plan (a resume).
    /// </summary>
    internal Import.SyncDecisions? SyncDecided { get; set; }

    /// <summary>
    /// The rows were already held to the row rules (lbx submit and resume validated the manifests and stopped on an error): the
    /// import checks again only what depends on the organization, the rows' metadata entries against its ontology. Every other
    /// caller's rows get the full check.
    /// </summary>
    internal bool RowRulesHeld { get; set; }

    /// <summary>Told the import's counts as it goes.</summary>
    public IProgress<ImportProgress>? Progress { get; set; }
}
