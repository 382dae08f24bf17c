namespace ManifestGen.Import;

/// <summary>A row of the input, or why it could not be made into one (a null row, a value ToDataRowSpec refused).</summary>
internal readonly record struct InputRow(DataRowSpec? Row, string? Error);
