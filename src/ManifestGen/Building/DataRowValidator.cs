using System;
using System.Collections.Generic;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Metadata;
using ManifestGen.Rules.Rows;

namespace ManifestGen.Building;

/// <summary>
/// Holds built rows to the row rules of manifests (<see cref="RowRules"/>), so the builder, the
/// import and the build apply the very same Labelbox rules and say the same things; each finding
/// becomes a <see cref="DataRowProblem"/> of the row. One validator serves row after row (an
/// import's hundred thousand): its rules, reader and list are reused, not allocated per row.
/// </summary>
internal sealed class DataRowValidator
{
    // The builder's validator, kept per thread for the fields it was made for: building rows one after
    // another with the same fields (the usual case) then costs no new schema and validator per row.
    [ThreadStatic]
    private static DataRowValidator? t_builderValidator;

    [ThreadStatic]
    private static MetadataField[]? t_builderFields;

    private readonly RowRules _rules;
    private readonly BuiltRowValues _values = new();
    private readonly List<Finding> _findings = new();

    /// <summary>A validator against a known set of fields, e.g. the organization's ontology at import time.</summary>
    public DataRowValidator(MetadataSchema schema) => _rules = new RowRules(schema);

    /// <summary>A built row's problems, against the fields its builder was given.</summary>
    public static List<DataRowProblem> Validate(DataRowSpec row, List<MetadataField> fields)
    {
        if (t_builderValidator == null || !SameFields(t_builderFields!, fields))
        {
            t_builderValidator = new DataRowValidator(new MetadataSchema(Definitions(fields)));
            t_builderFields = fields.ToArray();
        }

        return t_builderValidator.Validate(row);
    }

    /// <summary>The row's problems, errors and warnings.</summary>
    public List<DataRowProblem> Validate(DataRowSpec row) => Problems(row, metadataOnly: false);

    /// <summary>The problems of the row's metadata entries against the fields (<see cref="RowRules.FindMetadata"/>), errors and warnings.</summary>
    public List<DataRowProblem> ValidateMetadata(DataRowSpec row) => Problems(row, metadataOnly: true);

    private List<DataRowProblem> Problems(DataRowSpec row, bool metadataOnly)
    {
        _values.Row = row;
        _findings.Clear();
        if (metadataOnly)
        {
            _rules.FindMetadata(_values, _findings);
        }
        else
        {
            _rules.Find(_values, _findings);
        }

        var problems = new List<DataRowProblem>(_findings.Count);
        foreach (Finding finding in _findings)
        {
            problems.Add(new DataRowProblem(finding.Rule.Id, (ProblemSeverity)finding.Rule.Severity, finding.Rule.Format(finding.Args)));
        }

        return problems;
    }

    /// <summary>The same field objects in the same order (fields are immutable, so the same schema).</summary>
    private static bool SameFields(MetadataField[] known, List<MetadataField> fields)
    {
        if (known.Length != fields.Count)
        {
            return false;
        }

        for (int i = 0; i < known.Length; i++)
        {
            if (!ReferenceEquals(known[i], fields[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static List<MetadataFieldDefinition> Definitions(IEnumerable<MetadataField> fields)
    {
        var definitions = new List<MetadataFieldDefinition>();
        foreach (MetadataField field in fields)
        {
            definitions.Add(field.ToDefinition());
        }

        return definitions;
    }
}
