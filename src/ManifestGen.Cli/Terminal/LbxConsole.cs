using System;
using System.IO;
using Spectre.Console;

namespace ManifestGen.Cli.Terminal;

/// <summary>
/// The console lbx writes to. Colours and every other ANSI sequence are off when the output is
/// redirected or NO_COLOR is set (https://no-color.org: any non-empty value), so files and pipes
/// get plain text; otherwise Spectre.Console detects what the terminal supports.
/// </summary>
internal static class LbxConsole
{
    public static IAnsiConsole Create(TextWriter output, bool redirected, string? noColor)
    {
        bool plain = redirected || !string.IsNullOrEmpty(noColor);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
    }

    /// <summary>
    /// The writer under the console, for machine-read output (MSBuild lines, JSON, SARIF): written
    /// as is, never wrapped at the terminal width as Spectre's widgets are.
    /// </summary>
    public static TextWriter Raw(this IAnsiConsole console) => console.Profile.Out.Writer;

    /// <summary>
    /// An error the user can fix, in the one style every command uses: one line, never wrapped at the terminal
    /// width, so a CI log or grep shows it whole; only the word "error:" is coloured.
    /// </summary>
    public static void Error(this IAnsiConsole console, string message)
    {
        console.Write(new Text("error:", new Style(Color.Red)));
        console.Raw().WriteLine(" " + message);
    }

    public static string Plural(int count, string singular) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : singular + "s");
}
