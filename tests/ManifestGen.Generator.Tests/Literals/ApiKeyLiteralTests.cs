using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using ManifestGen.Generator.Literals;
using ManifestGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Generator.Tests.Literals;

/// <summary>
/// Hard-coded Labelbox API keys (LBX2006). The key-shaped test values are built here from parts, of
/// a dummy JSON payload, so no real-looking secret is written into the repository.
/// </summary>
public class ApiKeyLiteralTests
{
    /// <summary>A JWT-shaped dummy: header {"alg":"HS256","typ":"JWT"}, a payload saying it is fake, a dummy signature.</summary>
    private static readonly string Token = Jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"fake\":\"not a real key\",\"test\":true}", "signature-of-a-test-token");

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Jwt(string header, string payload, string signature) =>
        Base64Url(header) + "." + Base64Url(payload) + "." + Base64Url(signature);

    [Fact]
    public void LBX2006_AKeyShapedStringAnywhere() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(8,13): warning LBX2006: This string looks like a Labelbox API key written into the code, where anyone who reads the source or the assembly can use it; read it from the LABELBOX_API_KEY environment variable or a secret store, and revoke this key",
            "Photos.cs(9,27): warning LBX2006: This string looks like a Labelbox API key written into the code, where anyone who reads the source or the assembly can use it; read it from the LABELBOX_API_KEY environment variable or a secret store, and revoke this key",
            "Photos.cs(10,16): warning LBX2006: This string looks like a Labelbox API key written into the code, where anyone who reads the source or the assembly can use it; read it from the LABELBOX_API_KEY environment variable or a secret store, and revoke this key",
        },
        LiteralProject.Lines(LiteralProject.InMethod(
            "        _ = \"" + Token + "\";\n"
            + "        Console.WriteLine(\"Bearer " + Token + "\");\n"
            + "        return \"" + Token.Substring(0, 30) + "\" + \"" + Token.Substring(30) + "\";")));

    [Fact]
    public void LBX2006_ALongConstantGivenToSomethingNamedApiKey() => DiagnosticAssert.Lines(
        new[]
        {
            "Photos.cs(5,35): warning LBX2006: The value of 'ApiKey' looks like a Labelbox API key written into the code, where anyone who reads the source or the assembly can use it; read it from the LABELBOX_API_KEY environment variable or a secret store, and revoke this key",
            "Photos.cs(6,55): warning LBX2006: The value of 'LABELBOX_API_KEY' looks like a Labelbox API key written into the code, where anyone who reads the source or the assembly can use it; read it from the LABELBOX_API_KEY environment variable or a secret store, and revoke this key",
            "Photos.cs(12,64): warning LBX2006: The value of 'LABELBOX_API_KEY' looks like a Labelbox API key written into the code, where anyone who reads the source or the assembly can use it; read it from the LABELBOX_API_KEY environment variable or a secret store, and revoke this key",
            "Photos.cs(13,25): warning LBX2006: The value of 'apiKey' looks like a Labelbox API key written into the code, where anyone who reads the source or the assembly can use it; read it from the LABELBOX_API_KEY environment variable or a secret store, and revoke this key",
            "Photos.cs(14,33): warning LBX2006: The value of 'labelboxApiKey' looks like a Labelbox API key written into the code, where anyone who reads the source or the assembly can use it; read it from the LABELBOX_API_KEY environment variable or a secret store, and revoke this key",
        },
        LiteralProject.Lines("""
            using System;

            public static class Settings
            {
                private const string ApiKey = "lb-0000-fake-key-for-tests";
                private static readonly string LABELBOX_API_KEY = "lb-1111-fake-key-for-tests";

                public static string Key { get; set; } = "";

                public static void Configure()
                {
                    Environment.SetEnvironmentVariable("LABELBOX_API_KEY", "lb-2222-fake-key-for-tests");
                    Connect(apiKey: "lb-3333-fake-key-for-tests");
                    string labelboxApiKey = "lb-4444-fake-key-for-tests";
                    Key = labelboxApiKey + ApiKey + LABELBOX_API_KEY;
                }

                private static void Connect(string apiKey) => Key = apiKey;
            }
            """));

    [Fact]
    public void PlaceholdersNamesAndOrdinaryStrings_AreNotReported() => Assert.Empty(LiteralProject.Lines("""
        using System;

        public static class Settings
        {
            private const string ApiKeyVariable = "LABELBOX_API_KEY";
            private const string ApiKey = "YOUR_LABELBOX_API_KEY";
            private const string OtherApiKey = "<paste your API key here>";
            private const string Description = "lb-0000-fake-key-for-tests-but-not-named-so";

            public static string? Read(string apiKey = "test") =>
                Environment.GetEnvironmentVariable(ApiKeyVariable) ?? Environment.GetEnvironmentVariable("LABELBOX_API_KEY") ?? apiKey + ApiKey + OtherApiKey + Description
                + "eyJhbGciOiJub25lIn0" + "eyJ.eyJ.not-a-token";

            public static void Clear() => Environment.SetEnvironmentVariable("LABELBOX_API_KEY", "");
        }
        """));

    [Fact]
    public void AJwtWithoutAnAlgorithmHeader_IsNotTakenForAKey()
    {
        string notAToken = Jwt("{\"kind\":\"document\"}", "{\"fake\":\"not a real key\",\"test\":true}", "signature-of-a-test-token");
        Assert.Empty(LiteralProject.Lines(LiteralProject.InMethod("        return \"" + notAToken + "\";")));
    }

    [Fact]
    public async System.Threading.Tasks.Task WithoutTheRuntime_NothingIsChecked()
    {
        var compilation = CSharpCompilation.Create(
            "NoRuntime",
            new[] { CSharpSyntaxTree.ParseText("public static class C { public const string ApiKey = \"" + Token + "\"; }") },
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ApiKeyLiteralAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics);
    }
}
