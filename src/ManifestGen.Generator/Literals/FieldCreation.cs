using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManifestGen.Generator.Literals;

/// <summary>
/// The name (and an embedding's dimensions) a metadata field is created with:
/// <c>MetadataField.String("camera")</c>, <c>MetadataField.Embedding("clip", 3)</c>. The generated
/// LabelboxMetadata members are initialized that way, and so are fields users declare in code.
/// </summary>
internal static class FieldCreation
{
    private static readonly string[] Factories = { "String", "Number", "DateTime", "Embedding", "Enum" };

    /// <summary>A factory call written in place: its constant arguments.</summary>
    public static (string Name, int Dimensions)? Read(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.ContainingType?.Name != "MetadataField"
            || !Constants.TryGetString(Constants.Argument(invocation.Arguments, 0)?.Value, out string name))
        {
            return null;
        }

        int dimensions = invocation.TargetMethod.Name == "Embedding"
            && Constants.Argument(invocation.Arguments, 1)?.Value.ConstantValue is { HasValue: true, Value: int d } ? d : 0;
        return (name, dimensions);
    }

    /// <summary>
    /// A static field or property initialized with a factory call whose first arguments are literals
    /// (<c>… = global::ManifestGen.MetadataField.String("tag", "cko…")</c>), read from the tokens of its
    /// declaration: the generated file is not analyzed (it is generated code) and its semantic model is
    /// not this action's, so the language-neutral tokens are what there is. Anything else: null.
    /// </summary>
    public static (string Name, int Dimensions)? Read(ISymbol member, CancellationToken cancellationToken)
    {
        if (!member.IsStatic || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        SyntaxToken[] tokens = System.Linq.Enumerable.ToArray(member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).DescendantTokens());
        int equals = System.Array.FindIndex(tokens, t => t.Text == "=");
        int open = equals < 0 ? -1 : System.Array.FindIndex(tokens, equals, t => t.Text == "(");
        if (open < 1 || open + 2 >= tokens.Length
            || System.Array.IndexOf(Factories, tokens[open - 1].ValueText) < 0
            || tokens[open + 1].Value is not string name
            || !EndsArgument(tokens[open + 2]))
        {
            return null;
        }

        int dimensions = tokens[open - 1].ValueText == "Embedding" && open + 4 < tokens.Length
            && tokens[open + 2].Text == "," && tokens[open + 3].Value is int d && EndsArgument(tokens[open + 4]) ? d : 0;
        return (name, dimensions);
    }

    private static bool EndsArgument(SyntaxToken token) => token.Text is "," or ")";
}
