using System;
using System.Collections.Generic;
using System.Linq;

namespace ManifestGen.Sandbox.GraphQL;

/// <summary>
/// Evaluates the <c>where</c> inputs of list queries as Labelbox does (Prisma-style): every comparison given must
/// hold (<c>field</c> equals, <c>field_not</c>, <c>field_lt</c>…), AND lists must all match, OR lists any, NOT lists none.
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
            _ => Holds(clause.Key, clause.Value, (field, given) => field switch
            {
                "id" => Order(dataset.Id, given),
                "name" => Order(dataset.Name, given),
                "description" => Order(dataset.Description, given),
                // Datasets are not edited, so they were last updated when created.
                "createdAt" or "updatedAt" => given is DateTimeOffset at ? dataset.CreatedAt.CompareTo(at) : null,
                _ => null,
            }),
        });

    /// <summary>Whether a data row passes a DatasetDataRowWhereInput.</summary>
    public static bool Matches(IReadOnlyDictionary<string, object?>? where, SandboxDataRow row) =>
        where is null || where.All(clause => Holds(clause.Key, clause.Value, (field, given) => field switch
        {
            "id" => Order(row.Id, given),
            "externalId" => Order(row.ExternalId, given),
            "globalKey" => Order(row.GlobalKey, given, StringComparison.OrdinalIgnoreCase), // global keys ignore case
            _ => null,
        }));

    /// <summary>
    /// Whether the comparison <paramref name="key"/> (<c>field</c> or <c>field_op</c>) holds, given how the field's
    /// value orders against the given one (null for a field the input type does not admit).
    /// </summary>
    private static bool Holds(string key, object? given, Func<string, object?, int?> order)
    {
        int split = key.IndexOf('_', StringComparison.Ordinal);
        string op = split < 0 ? string.Empty : key[(split + 1)..];
        return order(split < 0 ? key : key[..split], given) is { } o && op switch
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

    private static int Order(string? actual, object? given, StringComparison comparison = StringComparison.Ordinal) =>
        string.Compare(actual, given as string, comparison);

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Nested(object? list) =>
        (list as IEnumerable<object?>)?.OfType<IReadOnlyDictionary<string, object?>>() ?? [];
}
