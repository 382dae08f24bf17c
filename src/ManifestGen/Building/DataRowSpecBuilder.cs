using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace ManifestGen;

/// <summary>
/// Builds a <see cref="DataRowSpec"/> step by step. Start with <see cref="DataRowSpec.Image(string)"/>;
/// <see cref="Build"/> checks the row against Labelbox's rules (the same ones the build applies to
/// manifests) and reports every error at once.
/// </summary>
public sealed class DataRowSpecBuilder
{
    private readonly string _rowData;
    private readonly List<DataRowMetadata> _metadata = new();
    private readonly List<MetadataField> _fields = new();
    private readonly List<Attachment> _attachments = new();
    private string? _globalKey;
    private string? _externalId;
    private MediaType? _mediaType;

    internal DataRowSpecBuilder(string rowData, MediaType? mediaType)
    {
        _rowData = rowData;
        _mediaType = mediaType;
    }

    /// <summary>Sets the row's global key: unique in the organization, so a re-run updates instead of duplicating.</summary>
    public DataRowSpecBuilder WithGlobalKey(string globalKey)
    {
        _globalKey = globalKey ?? throw new ArgumentNullException(nameof(globalKey));
        return this;
    }

    /// <summary>Sets an external id of your own.</summary>
    public DataRowSpecBuilder WithExternalId(string externalId)
    {
        _externalId = externalId ?? throw new ArgumentNullException(nameof(externalId));
        return this;
    }

    /// <summary>Sets the media type (IMAGE for <see cref="DataRowSpec.Image(string)"/>).</summary>
    public DataRowSpecBuilder WithMediaType(MediaType mediaType)
    {
        _mediaType = mediaType;
        return this;
    }

    /// <summary>Sets a text field.</summary>
    public DataRowSpecBuilder WithMetadata(MetadataField<string> field, string value) =>
        Add(field, MetadataValue.String(value ?? throw new ArgumentNullException(nameof(value))));

    /// <summary>Sets a number field.</summary>
    public DataRowSpecBuilder WithMetadata(MetadataField<double> field, double value) =>
        Add(field, double.IsFinite(value) ? MetadataValue.FromNumber(value) : throw new ArgumentOutOfRangeException(nameof(value), value, "A metadata number must be finite."));

    /// <summary>Sets a date-time field (sent as UTC to the second).</summary>
    public DataRowSpecBuilder WithMetadata(MetadataField<DateTimeOffset> field, DateTimeOffset value) =>
        Add(field, MetadataValue.FromDateTime(value));

    /// <summary>Sets an embedding field.</summary>
    public DataRowSpecBuilder WithMetadata(EmbeddingMetadataField field, IEnumerable<double> vector) =>
        Add(field, MetadataValue.FromVector(vector ?? throw new ArgumentNullException(nameof(vector))));

    /// <summary>Adds an attachment, e.g. <c>Attachment.ImageOverlay(url, name: "RGB")</c>.</summary>
    public DataRowSpecBuilder WithAttachment(Attachment attachment)
    {
        _attachments.Add(attachment ?? throw new ArgumentNullException(nameof(attachment)));
        return this;
    }

    /// <summary>The row, after checking it against Labelbox's rules.</summary>
    /// <exception cref="InvalidDataRowException">The row breaks one or more rules; all of them are listed.</exception>
    public DataRowSpec Build()
    {
        if (!TryBuild(out DataRowSpec? row, out IReadOnlyList<DataRowProblem> problems))
        {
            throw new InvalidDataRowException(_rowData, problems.Where(p => p.Severity == ProblemSeverity.Error).ToArray());
        }

        return row;
    }

    /// <summary>
    /// Builds the row unless it breaks a rule. <paramref name="problems"/> holds every error and
    /// warning either way.
    /// </summary>
    public bool TryBuild([NotNullWhen(true)] out DataRowSpec? row, out IReadOnlyList<DataRowProblem> problems)
    {
        var candidate = new DataRowSpec(_rowData)
        {
            GlobalKey = _globalKey,
            ExternalId = _externalId,
            MediaType = _mediaType,
            Metadata = _metadata,
            Attachments = _attachments,
        };
        List<DataRowProblem> found = Building.DataRowValidator.Validate(candidate, _fields);
        problems = found;
        row = found.Exists(p => p.Severity == ProblemSeverity.Error) ? null : candidate;
        return row != null;
    }

    /// <summary>Used by <see cref="DataRowSpecBuilderExtensions.WithMetadata{TOption}"/>.</summary>
    internal DataRowSpecBuilder Add(MetadataField field, MetadataValue value)
    {
        ArgumentNullException.ThrowIfNull(field);
        _fields.Add(field);
        _metadata.Add(new DataRowMetadata(field.SchemaId, field.SchemaId == null ? field.Name : null, value));
        return this;
    }

    /// <summary>Sets a field by its name even when its schema id is known (see the enum overload).</summary>
    internal DataRowSpecBuilder AddByName(MetadataField field, MetadataValue value)
    {
        ArgumentNullException.ThrowIfNull(field);
        _fields.Add(field);
        _metadata.Add(new DataRowMetadata(null, field.Name, value));
        return this;
    }
}
