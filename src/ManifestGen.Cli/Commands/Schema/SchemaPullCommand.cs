using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ManifestGen.Cli.Connection;
using ManifestGen.Cli.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Schema;

/// <summary><c>lbx schema pull</c>: writes labelbox.metadata.json from the organisation's metadata ontology.</summary>
internal sealed class SchemaPullCommand : LbxAsyncCommand<SchemaPullSettings>
{
    public SchemaPullCommand(CommandEnvironment environment)
        : base(environment)
    {
    }

    public override async Task<int> ExecuteAsync(CommandContext context, SchemaPullSettings settings, CancellationToken cancellationToken)
    {
        LabelboxTarget target = LabelboxTarget.Resolve(Environment, settings.Endpoint, settings.Sandbox);
        string output = Path.GetFullPath(settings.Output, Environment.WorkingDirectory);
        if (Directory.Exists(output))
        {
            throw new UsageException("'" + settings.Output + "' is a folder; name the file to write, e.g. " + Path.Combine(settings.Output, "labelbox.metadata.json"));
        }

        MetadataOntology ontology;
        try
        {
            await using LabelboxConnection connection = await LabelboxConnection.OpenAsync(Environment, target, System.Array.Empty<string>(), cancellationToken).ConfigureAwait(false);
            ontology = await connection.Client.GetMetadataOntologyAsync(refresh: true, cancellationToken).ConfigureAwait(false);
        }
        catch (LabelboxException e)
        {
            Environment.Console.Error(e.Message);
            return ExitCodes.Errors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        int fields;
        using (FileStream file = File.Create(output))
        {
            fields = MetadataFileWriter.Write(file, ontology.Fields);
        }

        Environment.Console.MarkupLineInterpolated($"[green]wrote[/] {output}: {LbxConsole.Plural(fields, "custom field")}");
        return ExitCodes.Success;
    }
}
