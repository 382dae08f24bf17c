using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands;

/// <summary>A command of lbx that waits on the network or the disk: the asynchronous form of <see cref="LbxCommand{TSettings}"/>.</summary>
internal abstract class LbxAsyncCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : CommandSettings
{
    protected LbxAsyncCommand(CommandEnvironment environment)
    {
        Environment = environment;
    }

    protected CommandEnvironment Environment { get; }
}
