using System.IO;
using System.Linq;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands.Init;

/// <summary>
/// <c>lbx init</c>: writes the starter files into a folder. Refuses, writing nothing, when either
/// exists (exit code 2) unless --force.
/// </summary>
internal sealed class InitCommand : LbxCommand<InitSettings>
{
    public InitCommand(CommandEnvironment environment)
        : base(environment)
    {
    }

    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        string folder = Path.GetFullPath(settings.Folder, Environment.WorkingDirectory);
        if (File.Exists(folder))
        {
            throw new UsageException("'" + settings.Folder + "' is a file; name the folder to write the starter files into");
        }

        string[] existing = StarterFiles.Names.Where(name => File.Exists(Path.Combine(folder, name))).ToArray();
        if (existing.Length > 0 && !settings.Force)
        {
            throw new UsageException(string.Join(" and ", existing) + (existing.Length == 1 ? " already exists" : " already exist")
                + " in " + folder + "; nothing was written. Use --force to overwrite.");
        }

        string[] contents = StarterFiles.Names.Select(StarterFiles.Read).ToArray();
        cancellationToken.ThrowIfCancellationRequested(); // Ctrl+C: exit code 130, nothing written
        Directory.CreateDirectory(folder);
        for (int i = 0; i < contents.Length; i++)
        {
            string name = StarterFiles.Names[i];
            File.WriteAllText(Path.Combine(folder, name), contents[i]);
            Environment.Console.MarkupLineInterpolated($"[green]wrote[/] {Path.Combine(folder, name)}");
        }

        Environment.Console.MarkupLine("Next: put your image URLs in [bold]" + StarterFiles.Manifest + "[/], then run [bold]lbx validate[/].");
        return ExitCodes.Success;
    }
}
