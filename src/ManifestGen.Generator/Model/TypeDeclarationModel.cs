namespace ManifestGen.Generator.Model;

/// <summary>A type declaration as a partial re-declaration repeats it.</summary>
/// <param name="Keyword">"class", "struct", "ref struct", "record", "record struct" or "interface".</param>
/// <param name="Name">The name with its type parameters, as C# (e.g. <c>Photo&lt;T&gt;</c>, <c>@class</c>).</param>
/// <param name="DisplayName">The name for messages (e.g. <c>Photo&lt;T&gt;</c>).</param>
/// <param name="IsPartial">Every declaration of it says partial.</param>
internal sealed record TypeDeclarationModel(string Keyword, string Name, string DisplayName, bool IsPartial)
{
    /// <summary>The keyword of a ref struct, which C# writes around the partial modifier: <c>ref partial struct</c>.</summary>
    public const string RefStruct = "ref struct";

    /// <summary>The declaration's head up to the name, with the partial modifier where C# puts it.</summary>
    public string PartialKeyword => Keyword == RefStruct ? "ref partial struct" : "partial " + Keyword;
}
