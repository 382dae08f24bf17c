using System.Linq;
using System.Reflection;
using Spectre.Console.Cli;

namespace ManifestGen.Cli.Commands;

/// <summary>
/// Refuses an option written without its value (<c>lbx submit x.lbx.json --dataset</c>), naming it, before the command
/// runs: Spectre.Console.Cli gives such an option the name of its default command, <see cref="Placeholder"/>, rather
/// than an error, and submit would create a dataset by that name.
/// </summary>
internal sealed class MissingOptionValues : ICommandInterceptor
{
    /// <summary>What Spectre.Console.Cli puts in an option given no value; never a user's word.</summary>
    public const string Placeholder = "__default_command";

    public void Intercept(CommandContext context, CommandSettings settings)
    {
        foreach (PropertyInfo property in settings.GetType().GetProperties())
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { } option && Equals(property.GetValue(settings), Placeholder))
            {
                throw new UsageException(NameOf(option) + " needs a value");
            }
        }
    }

    private static string NameOf(CommandOptionAttribute option) =>
        option.LongNames.Select(n => "--" + n).Concat(option.ShortNames.Select(n => "-" + n)).First();
}
