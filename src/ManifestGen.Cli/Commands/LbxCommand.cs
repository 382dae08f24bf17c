using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands;

/// <summary>
/// A command of lbx: what it needs besides its arguments comes in one <see cref="CommandEnvironment"/>.
/// The commands still to come (preflight, submit, resume, schema pull) derive from this too.
/// </summary>
internal abstract class LbxCommand<TSettings> : Command<TSettings>
    where TSettings : CommandSettings
{
    protected LbxCommand(CommandEnvironment environment)
    {
        Environment = environment;
    }

    protected CommandEnvironment Environment { get; }
}
