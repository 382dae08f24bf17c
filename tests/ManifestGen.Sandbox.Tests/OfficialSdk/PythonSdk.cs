using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen.Sandbox.Tests.OfficialSdk;

/// <summary>
/// Runs the scripts under OfficialSdk/Scripts with python3 and Labelbox's own Python SDK 6.0.0, unmodified, pointed
/// at a sandbox. The SDK's source is found in <c>LABELBOX_PYTHON_SDK</c> or in a <c>shared/labelbox-python-sdk</c>
/// folder above the test binaries (see its README). Skipped only where python3 or the SDK's dependencies are missing.
/// </summary>
internal static class PythonSdk
{
    /// <summary>How long one script may run before it is killed.</summary>
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);

    private static readonly Lazy<string?> SdkFolder = new(FindSdk);

    private static readonly Lazy<string?> Missing = new(CheckAvailable);

    /// <summary>Why the SDK cannot run here, or null when it can.</summary>
    public static string? Unavailable => Missing.Value;

    /// <summary>
    /// Runs a script with the endpoint and <paramref name="arguments"/> as its arguments and returns the JSON it printed
    /// last. Fails the test, with the script's stderr, when it exits non-zero, prints no JSON or outlives its time.
    /// </summary>
    public static async Task<JsonNode> RunAsync(string script, LabelboxSandbox sandbox, params string[] arguments)
    {
        // Not a skip: the SDK's source sits beside every checkout (../shared), so its absence is a broken setup.
        Assert.True(SdkFolder.Value is not null,
            "The Labelbox Python SDK 6.0.0 source was not found: set LABELBOX_PYTHON_SDK to its folder (the one holding sdk-6.0.0 and shims).");
        string path = Path.Combine(AppContext.BaseDirectory, "OfficialSdk", "Scripts", script);
        (int exitCode, string stdout, string stderr, bool timedOut) = await RunPythonAsync([path, sandbox.GraphQLEndpoint.ToString(), .. arguments]);
        Assert.False(timedOut, script + " ran over " + ScriptTimeout.TotalSeconds + " s and was killed. stderr:\n" + stderr);
        Assert.True(exitCode == 0, script + " exited with " + exitCode + ". stderr:\n" + stderr);
        string? last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        Assert.True(last is not null, script + " printed nothing. stderr:\n" + stderr);
        return JsonNode.Parse(last)!;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr, bool TimedOut)> RunPythonAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Not the SDK's folder: Python puts the working directory first on its path, and the SDK has modules
            // (annotated_types…) that would shadow installed packages.
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (SdkFolder.Value is { } sdk)
        {
            start.Environment["PYTHONPATH"] = string.Join(Path.PathSeparator,
                Path.Combine(sdk, "shims"), Path.Combine(sdk, "sdk-6.0.0", "libs", "labelbox", "src"), Path.Combine(sdk, "sdk-6.0.0", "libs", "lbox-clients", "src"));
        }

        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1"; // leave the shared SDK folder as it is

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        bool timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return (process.ExitCode, await stdout, await stderr, timedOut);
    }

    private static string? CheckAvailable()
    {
        try
        {
            (int exitCode, _, string stderr, bool timedOut) = RunPythonAsync(["-c", "import pydantic, requests, dateutil; assert pydantic.VERSION.startswith('2')"])
                .GetAwaiter().GetResult();
            return exitCode == 0 && !timedOut ? null : "python3 lacks what the Labelbox SDK needs (pydantic 2, requests, python-dateutil): " + stderr.Trim();
        }
        catch (Win32Exception e)
        {
            return "python3 is not installed: " + e.Message;
        }
    }

    private static string? FindSdk()
    {
        if (Environment.GetEnvironmentVariable("LABELBOX_PYTHON_SDK") is { Length: > 0 } configured)
        {
            return Directory.Exists(Path.Combine(configured, "sdk-6.0.0")) ? configured : null;
        }

        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "shared", "labelbox-python-sdk");
            if (Directory.Exists(Path.Combine(candidate, "sdk-6.0.0")))
            {
                return candidate;
            }
        }

        return null;
    }
}
