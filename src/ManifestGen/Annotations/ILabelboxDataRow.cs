using System.ComponentModel;
using System.Text.Json;
using ManifestGen.GeneratedCode;

namespace ManifestGen;

/// <summary>
/// A Labelbox data row. The generator implements it for every <see cref="LabelboxDataRowAttribute"/>
/// type; <see cref="LabelboxImportJson"/> streams any number of them as Labelbox import JSON.
/// </summary>
public interface ILabelboxDataRow
{
    /// <summary>
    /// The row as a <see cref="DataRowSpec"/> (media type IMAGE; null members omitted). It is not
    /// validated here: the import validates every row and reports each problem with the row's key.
    /// </summary>
    /// <exception cref="System.InvalidOperationException">The row data is null, or a value cannot be
    /// written (a number that is not finite, an embedding of the wrong length, an undefined enum value).</exception>
    DataRowSpec ToDataRowSpec();

    /// <summary>
    /// Writes the row as one JSON object of a Labelbox import file, exactly as
    /// <see cref="ImportManifest.WriteJson(System.IO.Stream, bool)"/> writes <see cref="ToDataRowSpec"/>,
    /// without building it first.
    /// </summary>
    /// <param name="writer">The writer, positioned where an array element may start.</param>
    /// <exception cref="System.InvalidOperationException">As for <see cref="ToDataRowSpec"/>, and for text with a lone
    /// UTF-16 surrogate, which UTF-8 cannot carry (the spec keeps it; the import refuses such a row).</exception>
    void WriteImportJson(Utf8JsonWriter writer);

    /// <summary>
    /// Writes the row into <see cref="LabelboxImportJson"/>'s compact buffer, the same bytes as
    /// <see cref="WriteImportJson(Utf8JsonWriter)"/> without a writer call per property. The generator
    /// implements it; this default, for a type written by hand, goes through that method.
    /// </summary>
    /// <param name="buffer">The buffer.</param>
    /// <exception cref="System.InvalidOperationException">As for <see cref="WriteImportJson(Utf8JsonWriter)"/>.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    void WriteImportJson(ImportJsonBuffer buffer) => buffer.Through(this);
}
