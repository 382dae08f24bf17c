using System.Collections.Immutable;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ManifestGen.Generator.Literals;

/// <summary>
/// A Labelbox API key written into the code (LBX2006): a string constant shaped like a Labelbox key
/// (a JWT) anywhere, or a long enough constant given to something named like an API key (a field,
/// property, local, parameter, or LABELBOX_API_KEY through Environment.SetEnvironmentVariable). See
/// <see cref="ApiKeyHeuristics"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApiKeyLiteralAnalyzer : LiteralAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.For(RuleCatalog.HardCodedApiKey));

    private protected override void Start(CompilationStartAnalysisContext start, RuntimeSymbols symbols) =>
        start.RegisterOperationAction(Analyze, OperationKind.Literal, OperationKind.Binary, OperationKind.InterpolatedString);

    private static void Analyze(OperationAnalysisContext context)
    {
        IOperation operation = context.Operation;
        if (!Constants.TryGetString(operation, out string value) || value.Length == 0 || IsPartOfLargerConstant(operation))
        {
            return;
        }

        string? shown = null;
        if (ApiKeyHeuristics.LooksLikeJwt(value))
        {
            shown = "This string";
        }
        else if (ApiKeyHeuristics.LooksLikeSecretValue(value) && TargetName(operation) is string name && ApiKeyHeuristics.IsApiKeyName(name))
        {
            shown = "The value of '" + Quote.Safe(name) + "'";
        }

        if (shown != null)
        {
            context.ReportDiagnostic(ProblemReporter.Create(RuleCatalog.HardCodedApiKey, operation.Syntax.GetLocation(), null, shown));
        }
    }

    /// <summary>A piece of a constant concatenation or interpolation: the whole is judged instead, once.</summary>
    private static bool IsPartOfLargerConstant(IOperation operation)
    {
        for (IOperation? parent = operation.Parent; parent != null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IBinaryOperation or IInterpolatedStringOperation when parent.ConstantValue.HasValue:
                    return true;
                case IConversionOperation { IsImplicit: true } or IInterpolatedStringTextOperation or IInterpolationOperation or IBinaryOperation or IInterpolatedStringOperation:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The name of what the constant is stored in or passed to, if anything.</summary>
    private static string? TargetName(IOperation operation)
    {
        IOperation value = operation;
        while (value.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion;
        }

        return value.Parent switch
        {
            IArgumentOperation argument => ArgumentName(argument),
            IFieldInitializerOperation field when field.InitializedFields.Length == 1 => field.InitializedFields[0].Name,
            IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0].Name,
            IParameterInitializerOperation parameter => parameter.Parameter.Name,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            ISimpleAssignmentOperation assignment when assignment.Value == value => assignment.Target switch
            {
                IPropertyReferenceOperation property => property.Property.Name,
                IFieldReferenceOperation field => field.Field.Name,
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>The parameter's name; for Environment.SetEnvironmentVariable("LABELBOX_API_KEY", value), the variable's.</summary>
    private static string? ArgumentName(IArgumentOperation argument)
    {
        if (argument.Parameter?.Name == "value"
            && argument.Parent is IInvocationOperation { TargetMethod: { Name: "SetEnvironmentVariable", ContainingType.Name: "Environment" } } invocation
            && Constants.TryGetString(Constants.Argument(invocation.Arguments, 0)?.Value, out string variable))
        {
            return variable;
        }

        return argument.Parameter?.Name;
    }
}
