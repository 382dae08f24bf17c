using System.Collections.Generic;
using System.Globalization;

namespace ManifestGen.Generator.Emit;

/// <summary>
/// Hands out member names that are unique within one generated type and never hide what every
/// type inherits: a second 'Cats' becomes 'Cats2', a field called 'Equals' becomes 'Equals2'.
/// </summary>
internal sealed class MemberNames
{
    private static readonly string[] Inherited = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    private readonly HashSet<string> _used;

    /// <param name="typeName">The enclosing type: a member may not share its name.</param>
    /// <param name="reserved">Names the type's own fixed members use.</param>
    public MemberNames(string typeName, params string[] reserved)
    {
        _used = new HashSet<string>(Inherited) { typeName };
        _used.UnionWith(reserved);
    }

    /// <summary><paramref name="wanted"/> (an identifier, maybe @-escaped), or it with the first free number appended.</summary>
    public string Claim(string wanted)
    {
        string bare = wanted.TrimStart('@');
        string name = wanted;
        for (int i = 2; !_used.Add(name.TrimStart('@')); i++)
        {
            name = bare + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }
}
