using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace ManifestGen.Rules.Config;

/// <summary>
/// An `.editorconfig` or `.globalconfig` file, parsed with the compiler's rules: `[section]` headers,
/// `key = value` (or `key: value`) lines, `#` and `;` comment lines, keys lower-cased. There are no
/// comments after a value (`x = error # why` makes the value invalid), as in the compiler.
/// </summary>
internal sealed class ConfigFile
{
    private static readonly Regex SectionLine = new(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PropertyLine = new(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*$", RegexOptions.CultureInvariant);

    /// <summary>A `.globalconfig` file's level when it states none; other global configs default to 0.</summary>
    private const int GlobalConfigFileLevel = 100;

    private ConfigFile(string path, string directory, IReadOnlyList<KeyValuePair<string, string>> preamble, IReadOnlyList<ConfigSection> sections, bool global)
    {
        Path = path;
        Directory = directory;
        Preamble = preamble;
        Sections = sections;
        IsRoot = string.Equals(Value(preamble, "root"), "true", StringComparison.OrdinalIgnoreCase);
        bool isGlobalConfigFile = string.Equals(System.IO.Path.GetFileName(path), ".globalconfig", StringComparison.OrdinalIgnoreCase);
        IsGlobal = global || isGlobalConfigFile || string.Equals(Value(preamble, "is_global"), "true", StringComparison.OrdinalIgnoreCase);
        GlobalLevel = int.TryParse(Value(preamble, "global_level"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int level)
            ? level
            : isGlobalConfigFile ? GlobalConfigFileLevel : 0;
    }

    public string Path { get; }

    /// <summary>The file's folder with `/` separators and no trailing one; sections match paths below it.</summary>
    public string Directory { get; }

    /// <summary>The keys before the first section (`root`, `is_global`, a global config's settings).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Preamble { get; }

    public IReadOnlyList<ConfigSection> Sections { get; }

    /// <summary>`root = true`: the folders above are not read for the files below this one.</summary>
    public bool IsRoot { get; }

    /// <summary>A global config (`is_global = true`, or any `.globalconfig` file): it applies to the whole project.</summary>
    public bool IsGlobal { get; }

    /// <summary>Which global config wins a key set by two: the higher level.</summary>
    public int GlobalLevel { get; }

    /// <param name="path">The file's full path.</param>
    /// <param name="text">Its text.</param>
    /// <param name="global">Read it as a global config whatever its name and preamble say (a file given as such, like `lbx validate --config`).</param>
    public static ConfigFile Parse(string path, string text, bool global = false)
    {
        var preamble = new List<KeyValuePair<string, string>>();
        var sections = new List<ConfigSection>();
        string? sectionName = null;
        var properties = preamble;
        using var reader = new StringReader(text);
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
            {
                continue;
            }

            Match section = SectionLine.Match(line);
            if (section.Success)
            {
                if (sectionName != null)
                {
                    sections.Add(new ConfigSection(sectionName, properties));
                }

                sectionName = section.Groups[1].Value;
                properties = new List<KeyValuePair<string, string>>();
                continue;
            }

            Match property = PropertyLine.Match(line);
            if (property.Success)
            {
                properties.Add(new KeyValuePair<string, string>(
                    property.Groups[1].Value.ToLowerInvariant(), property.Groups[2].Value));
            }
        }

        if (sectionName != null)
        {
            sections.Add(new ConfigSection(sectionName, properties));
        }

        return new ConfigFile(path, DirectoryOf(path), preamble, sections, global);
    }

    /// <summary>A path with `/` separators, as config sections match them.</summary>
    public static string Normalize(string path) => path.Replace('\\', '/');

    private static string DirectoryOf(string path)
    {
        string normalized = Normalize(path);
        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    private static string? Value(IReadOnlyList<KeyValuePair<string, string>> properties, string key)
    {
        string? value = null;
        foreach (KeyValuePair<string, string> property in properties)
        {
            if (property.Key == key)
            {
                value = property.Value;
            }
        }

        return value;
    }
}
