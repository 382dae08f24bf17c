using System;
using System.Collections.Generic;
using System.Linq;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary>
/// Evaluates the <c>where</c> inputs of list queries as Labelbox does (Prisma-style): each given field must
/// equal, AND lists must all match, OR lists any, NOT lists none.
/// </summary>
internal static class WhereFilters
{
    /// <summary>The suffixes of the comparisons the SDK writes for == and != (Comparison.Op EQ, NE).</summary>
    public static readonly string[] EqualitySuffixes = ["", "_not"];

    /// <summary>The suffixes of every comparison the SDK writes (EQ, NE, LT, GT, LE, GE), for ordered fields.</summary>
    public static readonly string[] OrderSuffixes = ["", "_not", "_lt", "_gt", "_lte", "_gte"];

    /// <summary>Whether a dataset passes a DatasetWhereInput. A deleted dataset is gone, so <c>deleted: true</c> matches none.</summary>
    public static bool Matches(IReadOnlyDictionary<string, object?>? where, SandboxDataset dataset) =>
        where is null || where.All(clause => clause.Key switch
        {
            "deleted" => clause.Value is not true,
            "AND" => Nested(clause.Value).All(w => Matches(w, dataset)),
            "OR" => Nested(clause.Value).Any(w => Matches(w, dataset)),
            "NOT" => !Nested(clause.Value).Any(w => Matches(w, dataset)),
            _ => Compare(clause.Key, clause.Value, dataset),
        });

    /// <summary>One comparison, <c>field</c> or <c>field_op</c>, of a dataset's field with the given value.</summary>
    private static bool Compare(string key, object? given, SandboxDataset dataset)
    {
        int split = key.IndexOf('_', StringComparison.Ordinal);
        string field = split < 0 ? key : key[..split];
        string op = split < 0 ? string.Empty : key[(split + 1)..];
        int? order = field switch
        {
            "id" => string.CompareOrdinal(dataset.Id, given as string),
            "name" => string.CompareOrdinal(dataset.Name, given as string),
            "description" => string.CompareOrdinal(dataset.Description, given as string),
            // Datasets are not edited, so they were last updated when created.
            "createdAt" or "updatedAt" => given is DateTimeOffset at ? dataset.CreatedAt.CompareTo(at) : null,
            _ => null, // the input type admits no other field
        };
        return order is { } o && op switch
        {
            "" => o == 0,
            "not" => o != 0,
            "lt" => o < 0,
            "gt" => o > 0,
            "lte" => o <= 0,
            "gte" => o >= 0,
            _ => false,
        };
    }

    /// <summary>Whether a data row passes a DatasetDataRowWhereInput.</summary>
    public static bool Matches(IReadOnlyDictionary<string, object?>? where, SandboxDataRow row) =>
        where is null || where.All(clause => clause.Key switch
        {
            "id" => Equal(clause.Value, row.Id),
            "externalId" => Equal(clause.Value, row.ExternalId),
            "globalKey" => string.Equals(clause.Value as string, row.GlobalKey, StringComparison.OrdinalIgnoreCase), // global keys ignore case
            _ => false,
        });

    private static bool Equal(object? given, string? actual) => (given as string) == actual;

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Nested(object? list) =>
        (list as IEnumerable<object?>)?.OfType<IReadOnlyDictionary<string, object?>>() ?? [];
}
