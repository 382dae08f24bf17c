using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManifestGen.Generator.Literals;

/// <summary>What a member of a [LabelboxDataRow] type holds, from its ManifestGen attribute.</summary>
internal enum MemberRole
{
    None,
    RowData,
    GlobalKey,
    Attachment,
}

/// <summary>
/// Finds the member of a [LabelboxDataRow] type that a field, property or (record) parameter
/// initializer sets, so a constant default of a [RowData], [GlobalKey] or [Attachment] member is
/// checked like a constant passed to the builder.
/// </summary>
internal static class DataRowMembers
{
    /// <summary>The role of the member <paramref name="initializer"/> initializes; for an attachment, its wire type name.</summary>
    public static MemberRole RoleOf(IOperation initializer, RuntimeSymbols symbols, out string? attachmentType)
    {
        attachmentType = null;
        ISymbol? member = initializer switch
        {
            IFieldInitializerOperation field when field.InitializedFields.Length == 1 => field.InitializedFields[0],
            IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0],
            IParameterInitializerOperation parameter => PropertyOf(parameter.Parameter),
            _ => null,
        };

        if (member == null || !HasAttribute(member.ContainingType, symbols.DataRowAttribute))
        {
            return MemberRole.None;
        }

        foreach (AttributeData attribute in member.GetAttributes())
        {
            INamedTypeSymbol? type = attribute.AttributeClass;
            if (RuntimeSymbols.Is(type, symbols.RowDataAttribute))
            {
                return MemberRole.RowData;
            }

            if (RuntimeSymbols.Is(type, symbols.GlobalKeyAttribute))
            {
                return MemberRole.GlobalKey;
            }

            if (RuntimeSymbols.Is(type, symbols.AttachmentAttribute) && attribute.ConstructorArguments.Length == 1)
            {
                attachmentType = symbols.AttachmentTypeName(attribute.ConstructorArguments[0].Value);
                return attachmentType == null ? MemberRole.None : MemberRole.Attachment;
            }
        }

        return MemberRole.None;
    }

    /// <summary>The value an initializer sets.</summary>
    public static IOperation Value(IOperation initializer) => ((ISymbolInitializerOperation)initializer).Value;

    /// <summary>A record's primary-constructor parameter stands for the property of the same name ([property: RowData]).</summary>
    private static IPropertySymbol? PropertyOf(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType.IsRecord: true } constructor)
        {
            return null;
        }

        foreach (ISymbol member in constructor.ContainingType.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property)
            {
                return property;
            }
        }

        return null;
    }

    private static bool HasAttribute(ISymbol? symbol, INamedTypeSymbol? attribute)
    {
        if (symbol == null || attribute == null)
        {
            return false;
        }

        foreach (AttributeData data in symbol.GetAttributes())
        {
            if (RuntimeSymbols.Is(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }
}
