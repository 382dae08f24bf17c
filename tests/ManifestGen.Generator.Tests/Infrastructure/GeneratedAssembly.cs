using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace ManifestGen.Generator.Tests.Infrastructure;

/// <summary>
/// Emits a generated compilation with its manifests embedded as MSBuild would, and loads it, so a
/// test can call the generated code.
/// </summary>
internal static class GeneratedAssembly
{
    public static Assembly Load(Compilation compilation, IEnumerable<(string ResourceName, string Content)> resources)
    {
        var descriptions = resources
            .Select(r => new ResourceDescription(r.ResourceName, () => new MemoryStream(Encoding.UTF8.GetBytes(r.Content)), isPublic: true))
            .ToArray();
        using var stream = new MemoryStream();
        EmitResult result = compilation.Emit(stream, manifestResources: descriptions);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + System.Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    /// <summary>The value of a static property of a generated type.</summary>
    public static object? Static(Assembly assembly, string typeName, string property) =>
        assembly.GetType(typeName, throwOnError: true)!.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
}
