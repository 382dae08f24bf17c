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
    /// <summary>Whether a dataset passes a DatasetWhereInput. A deleted dataset is gone, so <c>deleted: true</c> matches none.</summary>
    public static bool Matches(IReadOnlyDictionary<string, object?>? where, SandboxDataset dataset) =>
        where is null || where.All(clause => clause.Key switch
        {
            "id" => Equal(clause.Value, dataset.Id),
            "name" => Equal(clause.Value, dataset.Name),
            "description" => Equal(clause.Value, dataset.Description),
            "deleted" => clause.Value is not true,
            "AND" => Nested(clause.Value).All(w => Matches(w, dataset)),
            "OR" => Nested(clause.Value).Any(w => Matches(w, dataset)),
            "NOT" => !Nested(clause.Value).Any(w => Matches(w, dataset)),
            _ => false, // the input type admits no other field
        });

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
