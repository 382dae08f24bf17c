using System;
using System.IO;

namespace ManifestGen.IntegrationTests;

/// <summary>A fresh project that references the packed ManifestGen from the local feed.</summary>
internal sealed class ConsumerProject
{
    private readonly PackageFixture _package;

    public ConsumerProject(PackageFixture package, string name)
    {
        _package = package;
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
        Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
                <RestorePackagesPath>{Path.Combine(package.Work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ManifestGen" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
    }

    public string Directory { get; }

    public void Write(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public (int ExitCode, string Output) Build() =>
        DotNet.Run(Directory, TimeSpan.FromMinutes(5), "build", "-nodeReuse:false", "-clp:NoSummary");

    public (int ExitCode, string Output) RunBuilt(params string[] args)
    {
        var all = new string[args.Length + 1];
        all[0] = Path.Combine(Directory, "bin", "Debug", "net10.0", "Consumer.dll");
        args.CopyTo(all, 1);
        return DotNet.Run(Directory, TimeSpan.FromMinutes(1), all);
    }

    public override string ToString() => Directory + " (ManifestGen " + _package.Version + ")";
}
