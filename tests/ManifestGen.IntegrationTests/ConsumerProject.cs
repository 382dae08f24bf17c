using System;
using System.IO;

namespace ManifestGen.IntegrationTests;

/// <summary>A fresh project that references the packed ManifestGen (and, for tests, ManifestGen.Sandbox) from the local feed.</summary>
internal sealed class ConsumerProject
{
    private readonly PackageFixture _package;
    private readonly string _assembly;

    /// <summary>A console program (Consumer.dll) that references ManifestGen.</summary>
    public ConsumerProject(PackageFixture package, string name)
        : this(package, name, "Consumer.csproj", ConsoleApp(package, "<RootNamespace>Consumer</RootNamespace>"))
    {
    }

    private ConsumerProject(PackageFixture package, string name, string projectFile, string project)
    {
        _package = package;
        _assembly = Path.GetFileNameWithoutExtension(projectFile);
        Directory = Path.Combine(package.Work, name);
        System.IO.Directory.CreateDirectory(Directory);
        // Adds the folder feed to the machine's configured sources rather than replacing them.
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="manifestgen-local" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        Write(projectFile, project);
    }

    public string Directory { get; }

    /// <summary>
    /// A user's xUnit test project: ManifestGen and ManifestGen.Sandbox from the local feed, the test packages
    /// at the versions this repository pins, warnings as errors and no implicit usings (so code written
    /// into it must be complete). It builds for net8.0 too, the package's own target; only net10.0 runs,
    /// the one runtime this machine has.
    /// </summary>
    public static ConsumerProject XunitTests(PackageFixture package, string name) =>
        new(package, name, "Consumer.Tests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <IsPackable>false</IsPackable>
                <RestorePackagesPath>{Path.Combine(package.Work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ManifestGen" Version="{package.Version}" />
                <PackageReference Include="ManifestGen.Sandbox" Version="{package.Version}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{package.PinnedVersion("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="xunit" Version="{package.PinnedVersion("xunit")}" />
                <PackageReference Include="xunit.runner.visualstudio" Version="{package.PinnedVersion("xunit.runner.visualstudio")}" />
              </ItemGroup>
            </Project>
            """);

    /// <summary>
    /// A newcomer's console app: the project <c>dotnet new console -n <paramref name="projectName"/></c> writes (implicit
    /// usings, nullable, the root namespace and assembly named after the project) after <c>dotnet add package ManifestGen</c>.
    /// </summary>
    public static ConsumerProject NewConsoleApp(PackageFixture package, string name, string projectName) =>
        new(package, name, projectName + ".csproj", ConsoleApp(package, "<ImplicitUsings>enable</ImplicitUsings>"));

    public void Write(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>`dotnet build`, with <paramref name="arguments"/> added (e.g. a property).</summary>
    public (int ExitCode, string Output) Build(params string[] arguments) =>
        DotNet.Run(Directory, TimeSpan.FromMinutes(5), ["build", "-nodeReuse:false", "-clp:NoSummary", .. arguments]);

    /// <summary>Runs the built tests (<see cref="XunitTests"/>) on net10.0.</summary>
    public (int ExitCode, string Output) TestBuilt() =>
        DotNet.Run(Directory, TimeSpan.FromMinutes(5), "test", "--no-build", "--framework", "net10.0");

    public (int ExitCode, string Output) RunBuilt(params string[] args)
    {
        var all = new string[args.Length + 1];
        all[0] = Path.Combine(Directory, "bin", "Debug", "net10.0", _assembly + ".dll");
        args.CopyTo(all, 1);
        return DotNet.Run(Directory, TimeSpan.FromMinutes(1), all);
    }

    public override string ToString() => Directory + " (ManifestGen " + _package.Version + ")";

    /// <summary>A net10.0 console project with ManifestGen from the local feed, and <paramref name="property"/>.</summary>
    private static string ConsoleApp(PackageFixture package, string property) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            {property}
            <RestorePackagesPath>{Path.Combine(package.Work, "packages")}</RestorePackagesPath>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ManifestGen" Version="{package.Version}" />
          </ItemGroup>
        </Project>
        """;
}
