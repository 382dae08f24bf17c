using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands;

/// <summary>
/// A command of lbx: what it needs besides its arguments comes in one <see cref="CommandEnvironment"/>.
/// Commands that wait on the network or the disk derive from <see cref="LbxAsyncCommand{TSettings}"/>.
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
