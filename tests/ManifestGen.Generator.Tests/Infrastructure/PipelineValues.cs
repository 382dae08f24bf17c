using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.Tests.Infrastructure;

/// <summary>Checks on the values a generator pipeline caches.</summary>
internal static class PipelineValues
{
    /// <summary>Fails if <paramref name="value"/> holds, anywhere inside, something that roots a compilation.</summary>
    public static void AssertNoCompilationObjects(object? value, string path) =>
        Walk(value, path, new HashSet<object>(ReferenceEqualityComparer.Instance));

    /// <summary>Walks a model's fields: anything that roots a compilation would defeat caching.</summary>
    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value == null || value is string || value.GetType().IsPrimitive || value is AdditionalText || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel, path + " holds a " + value.GetType().Name);
        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                Walk(item, path + "[]", seen);
            }

            return;
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, seen);
        }
    }
}
