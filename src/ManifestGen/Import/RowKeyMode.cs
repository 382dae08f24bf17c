namespace ManifestGen;

/// <summary>How rows are keyed in the upsert (protocol §3.1).</summary>
public enum RowKeyMode
{
    /// <summary>
    /// Every row is created (<c>{"type":"AUTO"}</c>), as the SDK's create_data_rows does. A row whose global
    /// key exists already fails with "Duplicate global key" — which the import counts as imported when a task this
    /// import asked for stored that row (a retried or resumed send). The default: its semantics are documented.
    /// </summary>
    Auto,

    /// <summary>
    /// Rows with a global key are upserted by it (<c>{"type":"GKEY"}</c>), so a re-send updates rather than
    /// fails. Labelbox's protocol reference does not pin down what the service does for a key that does not
    /// exist yet; try it on your organization before relying on it.
    /// </summary>
    GlobalKey,
}
