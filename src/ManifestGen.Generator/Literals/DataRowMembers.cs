using ManifestGen.Generator.DataRows;
using ManifestGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManifestGen.Generator.Literals;

/// <summary>
/// Finds the member of a [LabelboxDataRow] type that a field, property or (record) parameter
/// initializer sets, so a constant default of a [RowData], [GlobalKey] or [Attachment] member is
/// checked like a constant passed to the builder.
/// </summary>
internal static class DataRowMembers
{
    /// <summary>
    /// The role of the member <paramref name="initializer"/> initializes ([RowData], [GlobalKey] or
    /// [Attachment], else null); for an attachment, its wire type name. A default of "" is the usual
    /// placeholder for a non-nullable string, not a value meant for Labelbox, so it has no role.
    /// </summary>
    public static MemberRole? RoleOf(IOperation initializer, RuntimeSymbols symbols, out string? attachmentType)
    {
        attachmentType = null;
        if (Value(initializer).ConstantValue is { HasValue: true, Value: "" })
        {
            return null;
        }

        ISymbol? member = initializer switch
        {
            IFieldInitializerOperation field when field.InitializedFields.Length == 1 => field.InitializedFields[0],
            IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0],
            IParameterInitializerOperation parameter => PropertyOf(parameter.Parameter),
            _ => null,
        };

        if (member == null || !HasAttribute(member.ContainingType, symbols.DataRowAttribute))
        {
            return null;
        }

        foreach (AttributeData attribute in member.GetAttributes())
        {
            switch (DataRowGenerator.Role(attribute.AttributeClass))
            {
                case MemberRole.RowData:
                    return MemberRole.RowData;
                case MemberRole.GlobalKey:
                    return MemberRole.GlobalKey;
                case MemberRole.Attachment when attribute.ConstructorArguments.Length == 1:
                    attachmentType = symbols.AttachmentTypeName(attribute.ConstructorArguments[0].Value);
                    return attachmentType == null ? null : MemberRole.Attachment;
            }
        }

        return null;
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
