using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Generator.Manifests;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Manifest;
using ManifestGen.Rules.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ManifestGen.Generator.Literals;

/// <summary>
/// Constant metadata values given to <c>WithMetadata</c> that the field cannot take (LBX2007): a
/// string over Labelbox's limit, a number that is not finite, a date-time string
/// <c>DateTimeOffset.Parse</c> is given that is not ISO-8601, an embedding array or collection expression of another
/// length than the field's dimensions. The value is judged by <see cref="MetadataValueRules"/>, as in manifests
/// (LBX0404–LBX0406). The field is found by its name (see <see cref="FieldCreation"/>), looked up
/// among the reserved fields and those of labelbox.metadata.json.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MetadataLiteralAnalyzer : LiteralAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.For(RuleCatalog.ConstantMetadataValue));

    private protected override void Start(CompilationStartAnalysisContext start, RuntimeSymbols symbols)
    {
        if (symbols.Builder == null)
        {
            return;
        }

        MetadataSchema schema = SchemaSource.Load(start.Options.AdditionalFiles, start.CancellationToken).Schema;
        var creations = new ConcurrentDictionary<ISymbol, (string Name, int Dimensions)?>(SymbolEqualityComparer.Default);
        start.RegisterOperationAction(c => Analyze(c, symbols, schema, creations), OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context, RuntimeSymbols symbols, MetadataSchema schema,
        ConcurrentDictionary<ISymbol, (string Name, int Dimensions)?> creations)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name != "WithMetadata" || method.IsStatic || method.Parameters.Length != 2 || !RuntimeSymbols.Is(method.ContainingType, symbols.Builder))
        {
            return;
        }

        IArgumentOperation? fieldArgument = Constants.Argument(invocation.Arguments, 0);
        IArgumentOperation? valueArgument = Constants.Argument(invocation.Arguments, 1);
        MetadataKind? kind = KindOf(method.Parameters[0].Type, symbols);
        if (fieldArgument == null || valueArgument == null || kind == null)
        {
            return;
        }

        if (!TryReadValue(kind.Value, valueArgument.Value, out ManifestValue value, out IOperation shown))
        {
            return;
        }

        MetadataFieldDefinition? field = FindField(Constants.WithoutConversions(fieldArgument.Value), kind.Value, schema, creations, context.CancellationToken);
        if (field == null)
        {
            return;
        }

        var findings = new List<Finding>();
        MetadataValueRules.Find(field, value, byName: true, findings);
        foreach (Finding finding in findings)
        {
            context.ReportDiagnostic(ProblemReporter.CreateTwin(finding, shown.Syntax.GetLocation()));
        }
    }

    /// <summary>The kind a WithMetadata overload's field parameter takes; null for the enum overload (its options are typed).</summary>
    private static MetadataKind? KindOf(ITypeSymbol fieldType, RuntimeSymbols symbols)
    {
        if (RuntimeSymbols.Is(fieldType, symbols.EmbeddingField))
        {
            return MetadataKind.Embedding;
        }

        if (!RuntimeSymbols.Is(fieldType, symbols.MetadataFieldOfT) || fieldType is not INamedTypeSymbol { TypeArguments.Length: 1 } generic)
        {
            return null;
        }

        ITypeSymbol valueType = generic.TypeArguments[0];
        return valueType.SpecialType switch
        {
            SpecialType.System_String => MetadataKind.String,
            SpecialType.System_Double => MetadataKind.Number,
            _ when valueType.Name == "DateTimeOffset" && valueType.ContainingNamespace?.ToDisplayString() == "System" => MetadataKind.DateTime,
            _ => null,
        };
    }

    /// <summary>The value as the shared metadata check reads it, when it is constant enough to judge.</summary>
    private static bool TryReadValue(MetadataKind kind, IOperation argument, out ManifestValue value, out IOperation shown)
    {
        value = default;
        shown = argument;
        IOperation operation = Constants.WithoutConversions(argument);
        switch (kind)
        {
            case MetadataKind.String when Constants.TryGetString(argument, out string text):
                value = new ManifestValue(ValueKind.String, 0, 0, text);
                return true;
            case MetadataKind.Number when argument.ConstantValue is { HasValue: true, Value: { } number } && IsNumber(number):
                value = new ManifestValue(ValueKind.Number, 0, 0, number: System.Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case MetadataKind.DateTime when operation is IInvocationOperation { TargetMethod: { Name: "Parse", ContainingType.Name: "DateTimeOffset" } } parse
                && Constants.TryGetString(Constants.Argument(parse.Arguments, 0)?.Value, out string text):
                // DateTimeOffset.Parse("…"): the string is read by the culture of the machine, so it should be ISO-8601.
                value = new ManifestValue(ValueKind.String, 0, 0, text);
                shown = Constants.Argument(parse.Arguments, 0)!.Value;
                return true;
            case MetadataKind.Embedding when operation is IArrayCreationOperation { DimensionSizes.Length: 1 } array
                && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: int length } && length >= 0:
                value = new ManifestValue(ValueKind.NumberArray, 0, 0, numbers: Elements(array, length));
                return true;
            case MetadataKind.Embedding when argument.Syntax is CollectionExpressionSyntax collection
                && Elements(collection, argument.SemanticModel) is { } numbers:
                value = new ManifestValue(ValueKind.NumberArray, 0, 0, numbers: numbers);
                return true;
            default:
                return false;
        }
    }

    private static bool IsNumber(object value) => value is double or float or int or long or short or byte or sbyte or uint or ulong or ushort or decimal;

    /// <summary>The array's numbers; an element that is not constant counts as 0 (only constants are judged).</summary>
    private static double[] Elements(IArrayCreationOperation array, int length)
    {
        var numbers = new double[length];
        if (array.Initializer == null)
        {
            return numbers;
        }

        for (int i = 0; i < numbers.Length && i < array.Initializer.ElementValues.Length; i++)
        {
            numbers[i] = Number(array.Initializer.ElementValues[i].ConstantValue);
        }

        return numbers;
    }

    /// <summary>
    /// A C# 12 collection expression's numbers, read from its syntax: Roslyn 4.8, which the analyzer is built
    /// against, has no collection expression operation. Null with a spread (<c>..other</c>): its length is unknown.
    /// </summary>
    private static double[]? Elements(CollectionExpressionSyntax collection, SemanticModel? model)
    {
        var numbers = new double[collection.Elements.Count];
        for (int i = 0; i < numbers.Length; i++)
        {
            if (collection.Elements[i] is not ExpressionElementSyntax element)
            {
                return null;
            }

            numbers[i] = model == null ? 0 : Number(model.GetConstantValue(element.Expression));
        }

        return numbers;
    }

    private static double Number(Optional<object?> constant) =>
        constant is { HasValue: true, Value: { } element } && IsNumber(element)
            ? System.Convert.ToDouble(element, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    /// <summary>
    /// The field a WithMetadata call sets: by name from the schema (reserved and declared fields), else
    /// as its CLR type says, for a field created in code and not declared in labelbox.metadata.json.
    /// </summary>
    private static MetadataFieldDefinition? FindField(IOperation field, MetadataKind kind, MetadataSchema schema,
        ConcurrentDictionary<ISymbol, (string Name, int Dimensions)?> creations, CancellationToken cancellationToken)
    {
        (string Name, int Dimensions)? creation = field switch
        {
            IPropertyReferenceOperation property => creations.GetOrAdd(property.Property, p => FieldCreation.Read(p, cancellationToken)),
            IFieldReferenceOperation reference => creations.GetOrAdd(reference.Field, f => FieldCreation.Read(f, cancellationToken)),
            IInvocationOperation invocation => FieldCreation.Read(invocation),
            _ => null,
        };

        if (creation == null)
        {
            return null;
        }

        MetadataFieldDefinition? declared = schema.FindByName(creation.Value.Name);
        if (declared != null)
        {
            return declared.Kind == kind ? declared : null;
        }

        return new MetadataFieldDefinition(creation.Value.Name, kind, schemaId: null, reserved: false,
            dimensions: kind == MetadataKind.Embedding ? creation.Value.Dimensions : 0);
    }
}
