using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Generator.Model;
using ManifestGen.Rules.Attachments;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ManifestGen.Generator.Literals;

/// <summary>
/// Constant image locations and attachment URLs in C# (LBX2001–LBX2003): the arguments of
/// <c>DataRowSpec.Image</c>, <c>new DataRowSpec</c>, the URL attachment factories and
/// <c>new Attachment</c>, and the constant defaults of [RowData] and [Attachment] members. They are
/// judged by the same rules as row_data and attachment values in manifests (LBX0102–LBX0104, LBX0503).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiteralUrlAnalyzer : LiteralAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.For(RuleCatalog.ConstantNotHttps),
        Descriptors.For(RuleCatalog.ConstantS3PathStyle),
        Descriptors.For(RuleCatalog.ConstantExtension));

    private protected override void Start(CompilationStartAnalysisContext start, RuntimeSymbols symbols)
    {
        start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
        start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
        start.RegisterOperationAction(c => AnalyzeAssignment(c, symbols), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(c => AnalyzeInitializer(c, symbols),
            OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ParameterInitializer);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, RuntimeSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (!method.IsStatic || method.Parameters.Length == 0 || method.Parameters[0].Type.SpecialType != SpecialType.System_String)
        {
            return;
        }

        IArgumentOperation? first = Constants.Argument(invocation.Arguments, 0);
        if (RuntimeSymbols.Is(method.ContainingType, symbols.DataRowSpec) && method.Name == "Image")
        {
            CheckRowData(first, image: true, context.ReportDiagnostic);
        }
        else if (RuntimeSymbols.Is(method.ContainingType, symbols.Attachment) && RuntimeSymbols.Is(method.ReturnType, symbols.Attachment))
        {
            // Attachment.ImageOverlay(url, name) and its siblings: the method's name is the type's.
            CheckAttachment(AttachmentTypes.ToWireName(method.Name), first, context.ReportDiagnostic);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, RuntimeSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        IMethodSymbol? constructor = creation.Constructor;
        if (constructor == null)
        {
            return;
        }

        if (RuntimeSymbols.Is(constructor.ContainingType, symbols.DataRowSpec) && constructor.Parameters.Length == 1)
        {
            // new DataRowSpec(url) { MediaType = … } may be another media type, with other extensions.
            CheckRowData(Constants.Argument(creation.Arguments, 0), image: !SetsMediaType(creation.Initializer), context.ReportDiagnostic);
        }
        else if (RuntimeSymbols.Is(constructor.ContainingType, symbols.Attachment) && constructor.Parameters.Length == 3)
        {
            IArgumentOperation? type = Constants.Argument(creation.Arguments, 0);
            string? typeName = type == null ? null : symbols.AttachmentTypeName(type.Value.ConstantValue.HasValue ? type.Value.ConstantValue.Value : null);
            if (typeName != null)
            {
                CheckAttachment(typeName, Constants.Argument(creation.Arguments, 1), context.ReportDiagnostic);
            }
        }
    }

    /// <summary><c>RowData = "…"</c> in an object initializer or a with-expression of a DataRowSpec.</summary>
    private static void AnalyzeAssignment(OperationAnalysisContext context, RuntimeSymbols symbols)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "RowData" } property }
            && RuntimeSymbols.Is(property.ContainingType, symbols.DataRowSpec)
            && Constants.TryGetString(assignment.Value, out string value))
        {
            CheckRowData(value, assignment.Value.Syntax.GetLocation(), image: false, context.ReportDiagnostic);
        }
    }

    private static void AnalyzeInitializer(OperationAnalysisContext context, RuntimeSymbols symbols)
    {
        MemberRole? role = DataRowMembers.RoleOf(context.Operation, symbols, out string? attachmentType);
        IOperation value = DataRowMembers.Value(context.Operation);
        if (role == null || !Constants.TryGetString(value, out string text))
        {
            return;
        }

        if (role == MemberRole.RowData)
        {
            CheckRowData(text, value.Syntax.GetLocation(), image: true, context.ReportDiagnostic);
        }
        else if (role == MemberRole.Attachment)
        {
            CheckAttachment(attachmentType!, text, value.Syntax.GetLocation(), context.ReportDiagnostic);
        }
    }

    private static bool SetsMediaType(IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer == null)
        {
            return false;
        }

        foreach (IOperation member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "MediaType" } })
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckRowData(IArgumentOperation? argument, bool image, Action<Diagnostic> report)
    {
        if (Constants.TryGetString(argument, out string value, out Location location))
        {
            CheckRowData(value, location, image, report);
        }
    }

    /// <summary>
    /// By the manifest's row_data rules, reported under their C# twins; LBX0105 and LBX0107 have none,
    /// so a constant is held to the URL rules alone (<see cref="RowDataScope.CSharpConstant"/>).
    /// </summary>
    private static void CheckRowData(string value, Location location, bool image, Action<Diagnostic> report)
    {
        if (value.Length == 0)
        {
            return;
        }

        var findings = new List<Finding>();
        RowDataRules.Find(value, image, RowDataScope.CSharpConstant, findings);
        foreach (Finding finding in findings)
        {
            report(ProblemReporter.CreateTwin(finding, location));
        }
    }

    private static void CheckAttachment(string type, IArgumentOperation? argument, Action<Diagnostic> report)
    {
        if (Constants.TryGetString(argument, out string value, out Location location))
        {
            CheckAttachment(type, value, location, report);
        }
    }

    /// <summary>By LBX0503, as an attachment value in a manifest, reported under its twin LBX2001.</summary>
    private static void CheckAttachment(string type, string value, Location location, Action<Diagnostic> report)
    {
        if (AttachmentTypes.IsKnown(type) && AttachmentTypes.TakesUrl(type) && AttachmentUrls.Find(type, value) is { } finding)
        {
            report(ProblemReporter.CreateTwin(finding, location));
        }
    }
}
