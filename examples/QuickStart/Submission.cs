using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen;
using ManifestGen.Sandbox;
using Spectre.Console;

namespace QuickStart;

/// <summary>One import the QuickStart submits: a manifest, or the rows of an annotated type.</summary>
internal sealed record QuickStartImport(string Name, int Rows, Func<LabelboxClient, ImportOptions, CancellationToken, Task<ImportResult>> Run);

/// <summary>
/// Submits the imports: to Labelbox when LABELBOX_API_KEY is set, otherwise to a local sandbox
/// started in-process on loopback. One dataset for all of them, a live progress display, a summary
/// table and a failures file.
/// </summary>
internal static class Submission
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <returns>0 when every row was imported, 1 when some were not, 2 when the import could not run, 130 when cancelled.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<QuickStartImport> imports, string outDir, CancellationToken cancellationToken)
    {
        IAnsiConsole console = CreateConsole();
        TextWriter output = console.Profile.Out.Writer; // plain lines, as is: never wrapped at the terminal width
        LabelboxSandbox? sandbox = null;
        try
        {
            LabelboxClientOptions options;
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(LabelboxClientOptions.ApiKeyVariable)))
            {
                var sandboxOptions = new SandboxOptions();
                sandboxOptions.AddMetadataFile(Path.Combine(AppContext.BaseDirectory, "labelbox.metadata.json")); // this project's custom fields, copied beside the program
                sandbox = await LabelboxSandbox.StartAsync(sandboxOptions, cancellationToken);
                output.WriteLine("No LABELBOX_API_KEY: importing into a local Labelbox sandbox at " + sandbox.GraphQLEndpoint + " (in this process; nothing leaves the machine)");
                options = new LabelboxClientOptions
                {
                    ApiKey = "quickstart-sandbox", // the sandbox accepts any key
                    Endpoint = sandbox.GraphQLEndpoint,
                    AllowInsecureLoopback = true,
                    PollInitialDelay = TimeSpan.FromMilliseconds(50),
                    PollMaxDelay = TimeSpan.FromMilliseconds(500),
                };
            }
            else
            {
                options = new LabelboxClientOptions(); // the key comes from LABELBOX_API_KEY and is never shown
                output.WriteLine("LABELBOX_API_KEY is set: importing into Labelbox at " + options.Endpoint);
            }

            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan }; // the client times each attempt itself
            var client = new LabelboxClient(http, options);
            string datasetName = "ManifestGen QuickStart " + DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            LabelboxDataset dataset = await client.CreateDatasetAsync(datasetName, "Rows imported by the ManifestGen QuickStart example", cancellationToken);
            output.WriteLine("Dataset '" + dataset.Name + "' created: " + dataset.Id);
            output.WriteLine();

            var results = new List<(QuickStartImport Import, ImportResult Result)>();
            if (console.Profile.Capabilities.Interactive)
            {
                await console.Progress()
                    .AutoClear(false)
                    .HideCompleted(false)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                    .StartAsync(async context =>
                    {
                        var tasks = imports.ToDictionary(i => i, i => context.AddTask(Markup.Escape(Describe(i.Name, default)), autoStart: false, maxValue: Math.Max(1, i.Rows)));
                        foreach (QuickStartImport import in imports)
                        {
                            ProgressTask task = tasks[import];
                            task.StartTask();
                            ImportResult result = await ImportAsync(client, import, dataset.Id, p =>
                            {
                                task.Description = Markup.Escape(Describe(import.Name, p));
                                task.Value = p.RowsAcknowledged + p.RowsFailed;
                            }, cancellationToken);
                            task.Description = Markup.Escape(Describe(import.Name, Final(result)));
                            task.Value = task.MaxValue;
                            task.StopTask();
                            results.Add((import, result));
                        }
                    });
            }
            else
            {
                // Redirected or NO_COLOR: no live redraw, one line per import as it finishes.
                foreach (QuickStartImport import in imports)
                {
                    ImportResult result = await ImportAsync(client, import, dataset.Id, _ => { }, cancellationToken);
                    output.WriteLine(Describe(import.Name, Final(result)));
                    results.Add((import, result));
                }
            }

            output.WriteLine();
            console.Write(Summary(results));
            string failuresPath = Path.Combine(outDir, "failures.json");
            WriteFailures(results, failuresPath);

            long total = results.Sum(r => r.Result.Total);
            long imported = results.Sum(r => r.Result.Imported);
            long failed = total - imported;
            output.WriteLine();
            output.WriteLine(imported + " of " + total + " rows imported into dataset " + dataset.Id + " in " + results.Count + " imports; failures: " + failuresPath);
            if (failed > 0)
            {
                output.WriteLine(failed + " row(s) were not imported; each is listed with the service's message in " + failuresPath);
                return 1;
            }

            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.WriteLine();
            output.WriteLine("Cancelled.");
            return 130;
        }
        catch (Exception e) when (e is LabelboxException or HttpRequestException)
        {
            output.WriteLine();
            output.WriteLine("error: " + e.Message);
            return 2;
        }
        finally
        {
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync();
            }
        }
    }

    /// <summary>Plain text (no ANSI, no live redraw) when the output is redirected or NO_COLOR is set.</summary>
    private static IAnsiConsole CreateConsole()
    {
        bool plain = Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
    }

    private static Task<ImportResult> ImportAsync(LabelboxClient client, QuickStartImport import, string datasetId, Action<ImportProgress> progress, CancellationToken cancellationToken) =>
        import.Run(client, new ImportOptions { DatasetId = datasetId, Progress = new ImmediateProgress<ImportProgress>(progress) }, cancellationToken);

    private static ImportProgress Final(ImportResult result) =>
        new() { RowsRead = result.Total, RowsSent = result.Total - result.SkippedInvalid, RowsAcknowledged = result.Imported, RowsFailed = result.Failed + result.SkippedInvalid };

    private static string Describe(string name, ImportProgress p) =>
        name.PadRight(12) + "  sent " + p.RowsSent + ", acknowledged " + p.RowsAcknowledged + ", failed " + p.RowsFailed;

    private static Table Summary(List<(QuickStartImport Import, ImportResult Result)> results)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Import")
            .AddColumn(new TableColumn("Rows").RightAligned())
            .AddColumn(new TableColumn("Imported").RightAligned())
            .AddColumn(new TableColumn("Failed").RightAligned())
            .AddColumn("Task ids");
        foreach (var (import, result) in results)
        {
            table.AddRow(
                Markup.Escape(import.Name),
                result.Total.ToString(CultureInfo.InvariantCulture),
                result.Imported.ToString(CultureInfo.InvariantCulture),
                (result.Failed + result.SkippedInvalid).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", result.TaskIds)));
        }

        return table;
    }

    /// <summary>Every import's failures in one JSON array, each marked with the import it came from.</summary>
    private static void WriteFailures(List<(QuickStartImport Import, ImportResult Result)> results, string path)
    {
        var all = new JsonArray();
        foreach (var (import, result) in results)
        {
            using var buffer = new MemoryStream();
            result.WriteFailuresJson(buffer);
            foreach (JsonNode? failure in JsonNode.Parse(buffer.ToArray())!.AsArray())
            {
                var row = new JsonObject { ["import"] = import.Name };
                foreach (KeyValuePair<string, JsonNode?> property in failure!.AsObject())
                {
                    row[property.Key] = property.Value?.DeepClone();
                }

                all.Add(row);
            }
        }

        File.WriteAllText(path, all.ToJsonString(Indented));
    }

    /// <summary>Reports on the reporting thread, in order (Progress&lt;T&gt; posts to the thread pool, which can reorder).</summary>
    private sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
