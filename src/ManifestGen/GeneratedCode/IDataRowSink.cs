using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;

namespace ManifestGen.GeneratedCode;

/// <summary>
/// Receives a <see cref="LabelboxDataRowAttribute"/> type's values, in import-file order: row data,
/// global key, metadata, attachments. Generated code describes a row once to this interface and gets
/// both <see cref="ILabelboxDataRow.ToDataRowSpec"/> and <see cref="ILabelboxDataRow.WriteImportJson(System.Text.Json.Utf8JsonWriter)"/>
/// from it, so the two cannot disagree. Not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IDataRowSink
{
    /// <summary>The row's image: an https URL or a local path.</summary>
    /// <param name="value">The value; null is an error.</param>
    /// <param name="member">The member it came from, for messages.</param>
    void RowData(string? value, string member);

    /// <summary>The row's image URL.</summary>
    /// <param name="value">The value; null is an error.</param>
    /// <param name="member">The member it came from, for messages.</param>
    void RowData(Uri? value, string member);

    /// <summary>The row's image as a local file.</summary>
    /// <param name="value">The value; null is an error.</param>
    /// <param name="member">The member it came from, for messages.</param>
    void RowData(FileInfo? value, string member);

    /// <summary>The row's global key; null is omitted.</summary>
    /// <param name="value">The value.</param>
    /// <param name="member">The member it came from, for messages.</param>
    void GlobalKey(string? value, string member);

    /// <summary>A string metadata value; null is omitted.</summary>
    /// <param name="key">The field.</param>
    /// <param name="value">The value.</param>
    void Metadata(MetadataKey key, string? value);

    /// <summary>A number metadata value; null is omitted, a value that is not finite is an error.</summary>
    /// <param name="key">The field.</param>
    /// <param name="value">The value.</param>
    void Metadata(MetadataKey key, double? value);

    /// <summary>A datetime metadata value; null is omitted.</summary>
    /// <param name="key">The field.</param>
    /// <param name="value">The value.</param>
    void Metadata(MetadataKey key, DateTimeOffset? value);

    /// <summary>A datetime metadata value, read as UTC when its kind is unspecified; null is omitted.</summary>
    /// <param name="key">The field.</param>
    /// <param name="value">The value.</param>
    void Metadata(MetadataKey key, DateTime? value);

    /// <summary>An enum metadata value from a C# enum member, already in its wire form; null is omitted.</summary>
    /// <param name="key">The field.</param>
    /// <param name="option">The option.</param>
    void Metadata(MetadataKey key, EncodedOption? option);

    /// <summary>An enum metadata value from a generated option type; null is omitted.</summary>
    /// <param name="key">The field.</param>
    /// <param name="option">The option.</param>
    void Metadata(MetadataKey key, MetadataOption? option);

    /// <summary>An embedding; null is omitted, a wrong length or a number that is not finite is an error.</summary>
    /// <param name="key">The field.</param>
    /// <param name="vector">The numbers.</param>
    void Embedding(MetadataKey key, IEnumerable<double>? vector);

    /// <summary>An embedding; null is omitted, a wrong length or a number that is not finite is an error.</summary>
    /// <param name="key">The field.</param>
    /// <param name="vector">The numbers.</param>
    void Embedding(MetadataKey key, IEnumerable<float>? vector);

    /// <summary>An attachment; null is omitted.</summary>
    /// <param name="key">The attachment's type and name.</param>
    /// <param name="value">The URL, or the text of a RAW_TEXT attachment.</param>
    void Attachment(AttachmentKey key, string? value);

    /// <summary>An attachment URL; null is omitted.</summary>
    /// <param name="key">The attachment's type and name.</param>
    /// <param name="value">The URL.</param>
    void Attachment(AttachmentKey key, Uri? value);
}
