using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ManifestGen.Generator.Emit;
using ManifestGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ManifestGen.Generator.DataRows;

/// <summary>Reads a [LabelboxDataRow] type's symbols into a <see cref="DataRowTypeModel"/>; the only part that sees symbols.</summary>
public sealed partial class DataRowGenerator
{
    private static readonly SymbolDisplayFormat QualifiedFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    internal static DataRowTypeModel Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var containers = new List<TypeDeclarationModel>();
        for (INamedTypeSymbol? outer = type.ContainingType; outer != null; outer = outer.ContainingType)
        {
            containers.Insert(0, Declaration(outer, cancellationToken));
        }

        var members = new List<DataRowMemberModel>();
        var taken = new List<string>();
        foreach (ISymbol member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TakesGeneratedName(member) && !taken.Contains(member.Name))
            {
                taken.Add(member.Name);
            }

            ITypeSymbol? memberType = member switch
            {
                IPropertySymbol p => p.Type,
                IFieldSymbol f when !f.IsImplicitlyDeclared => f.Type,
                _ => null,
            };
            if (memberType == null)
            {
                continue;
            }

            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (Role(attribute.AttributeClass) is { } role)
                {
                    members.Add(Member(member, memberType, role, attribute));
                }
            }
        }

        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "") : "";
        return new DataRowTypeModel(
            ns,
            new EquatableArray<TypeDeclarationModel>(containers.ToArray()),
            Declaration(type, cancellationToken),
            new EquatableArray<DataRowMemberModel>(members.ToArray()),
            new EquatableArray<string>(taken.ToArray()));
    }

    /// <summary>
    /// Whether the user's <paramref name="member"/> has the name of a member the generator adds, and so would make the
    /// generated code fail (CS0102, CS0111): any member of that name except a method of another signature (an overload).
    /// </summary>
    internal static bool TakesGeneratedName(ISymbol member)
    {
        if (member.Name is not (TypeNames.ToDataRowSpec or TypeNames.WriteImportJson) || IsGenerated(member))
        {
            return false;
        }

        if (member is not IMethodSymbol method)
        {
            return true;
        }

        return method.Arity == 0 && (method.Name == TypeNames.ToDataRowSpec
            ? method.Parameters.Length == 0
            : method.Parameters.Length == 1 && method.Parameters[0] is { RefKind: RefKind.None, Type: { Name: "Utf8JsonWriter", ContainingNamespace: var ns } }
                && ns.ToDisplayString() == "System.Text.Json");
    }

    // The analyzer sees the compilation with the generator's output: our own members are not the user's.
    private static bool IsGenerated(ISymbol member) => member.GetAttributes().Any(a =>
        a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
        && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == GeneratedFile.Tool);

    internal static MemberRole? Role(INamedTypeSymbol? attribute)
    {
        if (attribute?.ContainingNamespace is not { Name: TypeNames.RuntimeNamespace, ContainingNamespace.IsGlobalNamespace: true })
        {
            return null;
        }

        return attribute.Name switch
        {
            TypeNames.RowDataAttribute => MemberRole.RowData,
            TypeNames.GlobalKeyAttribute => MemberRole.GlobalKey,
            TypeNames.MetadataAttribute => MemberRole.Metadata,
            TypeNames.AttachmentAttribute => MemberRole.Attachment,
            _ => null,
        };
    }

    private static TypeDeclarationModel Declaration(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        string keyword = type.TypeKind switch
        {
            TypeKind.Struct => type.IsRecord ? "record struct" : type.IsRefLikeType ? TypeDeclarationModel.RefStruct : "struct",
            TypeKind.Interface => "interface",
            _ => type.IsRecord ? "record" : "class",
        };
        string parameters = type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => CSharpText.Identifier(p.Name))) + ">";
        string display = type.TypeParameters.Length == 0 ? type.Name : type.Name + "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";
        bool partial = type.DeclaringSyntaxReferences.Length > 0 && type.DeclaringSyntaxReferences.All(r =>
            r.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax d
            && d.Modifiers.Any(m => m.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword)));
        return new TypeDeclarationModel(keyword, CSharpText.Identifier(type.Name) + parameters, display, partial);
    }

    private static DataRowMemberModel Member(ISymbol member, ITypeSymbol type, MemberRole role, AttributeData attribute)
    {
        string? argument = null;
        int attachmentType = -1;
        if (role == MemberRole.Metadata)
        {
            argument = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        }
        else if (role == MemberRole.Attachment)
        {
            attachmentType = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int value ? value : -1;
            argument = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Name").Value.Value as string;
        }

        bool nullableValue = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable;
        ITypeSymbol underlying = nullableValue ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
        ValueShape shape = Shape(underlying);
        (string[] enumMembers, string? duplicate) = shape == ValueShape.Enum ? EnumMembers((INamedTypeSymbol)underlying) : (System.Array.Empty<string>(), null);
        return new DataRowMemberModel(
            member.Name,
            role,
            argument,
            attachmentType,
            NotReadable(member),
            shape,
            nullableValue,
            type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            underlying.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(QualifiedFormat),
            new EquatableArray<string>(enumMembers),
            duplicate);
    }

    private static string? NotReadable(ISymbol member) => member switch
    {
        { IsStatic: true } => "is static",
        IPropertySymbol { IsIndexer: true } => "is an indexer",
        IPropertySymbol { GetMethod: null } => "has no get accessor",
        _ => null,
    };

    private static ValueShape Shape(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return ValueShape.String;
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return ValueShape.Number;
            case SpecialType.System_DateTime:
                return ValueShape.DateTime;
        }

        if (type.TypeKind == TypeKind.Error)
        {
            return ValueShape.Unresolved;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return ValueShape.Enum;
        }

        string name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        switch (name)
        {
            case "global::System.Uri":
                return ValueShape.Uri;
            case "global::System.IO.FileInfo":
                return ValueShape.FileInfo;
            case "global::System.DateTimeOffset":
                return ValueShape.DateTimeOffset;
        }

        for (ITypeSymbol? baseType = type.BaseType; baseType != null; baseType = baseType.BaseType)
        {
            if (baseType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == TypeNames.MetadataOption)
            {
                return ValueShape.Option;
            }
        }

        return SequenceOf(type, SpecialType.System_Double) ? ValueShape.DoubleSequence
            : SequenceOf(type, SpecialType.System_Single) ? ValueShape.FloatSequence
            : ValueShape.Other;
    }

    private static bool SequenceOf(ITypeSymbol type, SpecialType element) =>
        (type is INamedTypeSymbol named ? new[] { named }.Concat(type.AllInterfaces) : type.AllInterfaces).Any(i =>
            i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            && i.TypeArguments[0].SpecialType == element);

    private static (string[] Members, string? Duplicate) EnumMembers(INamedTypeSymbol type)
    {
        var names = new List<string>();
        var byValue = new Dictionary<object, string>();
        string? duplicate = null;
        foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue || field.ConstantValue == null)
            {
                continue;
            }

            names.Add(field.Name);
            if (byValue.TryGetValue(field.ConstantValue, out string? first))
            {
                duplicate ??= "'" + first + "' and '" + field.Name + "'";
            }
            else
            {
                byValue.Add(field.ConstantValue, field.Name);
            }
        }

        return (names.ToArray(), duplicate);
    }
}
