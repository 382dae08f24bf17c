using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ManifestGen.IntegrationTests;

/// <summary>Runs the dotnet CLI as a user would, with a time limit and the output captured.</summary>
internal static class DotNet
{
    /// <summary>
    /// Where a child build of this repository's projects puts its bin and obj folders: under the test output,
    /// one folder per <paramref name="purpose"/>. Never the projects' own folders, which the
    /// <c>dotnet test ManifestGen.sln</c> running this test may still be building: two builds writing one obj
    /// folder at once fail at random ("Could not copy the file ...apphost").
    /// </summary>
    public static string ArtifactsPath(string purpose) => Path.Combine(AppContext.BaseDirectory, "child-builds", purpose);

    public static (int ExitCode, string Output) Run(string workingDirectory, TimeSpan timeout, params string[] args) =>
        RunProgram("dotnet", workingDirectory, timeout, Array.Empty<(string, string)>(), args);

    /// <summary>Runs <paramref name="program"/> (a tool dotnet installed) the same way.</summary>
    public static (int ExitCode, string Output) RunProgram(string program, string workingDirectory, TimeSpan timeout, params string[] args) =>
        RunProgram(program, workingDirectory, timeout, Array.Empty<(string, string)>(), args);

    /// <summary>Runs <paramref name="program"/> bounded by <paramref name="timeout"/>, output captured, no MSBuild variables, plus <paramref name="environment"/>.</summary>
    public static (int ExitCode, string Output) RunProgram(string program, string workingDirectory, TimeSpan timeout,
        (string Name, string Value)[] environment, params string[] args) =>
        Run(program, workingDirectory, timeout, environment, Array.Empty<string>(), args);

    /// <summary>Runs <paramref name="program"/> the same way, without the variables <paramref name="removed"/>, whatever the test host has.</summary>
    public static (int ExitCode, string Output) RunProgramWithout(string program, string workingDirectory, TimeSpan timeout,
        string[] removed, params string[] args) =>
        Run(program, workingDirectory, timeout, Array.Empty<(string, string)>(), removed, args);

    private static (int ExitCode, string Output) Run(string program, string workingDirectory, TimeSpan timeout,
        (string Name, string Value)[] environment, string[] removed, string[] args)
    {
        ProcessStartInfo start = StartInfo(program, workingDirectory, environment, removed, args);
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        Task stdout = Task.Run(() => Copy(process.StandardOutput, output));
        Task stderr = Task.Run(() => Copy(process.StandardError, output));
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " " + string.Join(' ', args) + " did not finish in " + timeout + ":\n" + output);
        }

        Task.WaitAll(stdout, stderr);
        return (process.ExitCode, output.ToString());
    }

    /// <summary>
    /// How a child is started: output redirected, the test host's MSBuild variables and <paramref name="removed"/>
    /// left out, telemetry and build servers off, <paramref name="environment"/> added.
    /// </summary>
    public static ProcessStartInfo StartInfo(string program, string workingDirectory,
        (string Name, string Value)[] environment, string[] removed, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host's MSBuild variables would point the child build at the wrong toolset.
        var inherited = new List<string>();
        foreach (string key in start.Environment.Keys)
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key == "DOTNET_HOST_PATH")
            {
                inherited.Add(key);
            }
        }

        foreach (string key in inherited)
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (string name in removed)
        {
            start.Environment.Remove(name);
        }

        return start;
    }

    private static void Copy(StreamReader reader, StringBuilder into)
    {
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lock (into)
            {
                into.AppendLine(line);
            }
        }
    }
}
