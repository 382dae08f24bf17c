using System;
using System.IO;

namespace ManifestGen.Rules.Tests.TestSupport;

/// <summary>Files under TestData/, copied next to the test assembly.</summary>
internal static class TestFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));
}
