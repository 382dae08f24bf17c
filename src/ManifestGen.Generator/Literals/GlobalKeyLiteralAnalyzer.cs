using System.Collections.Concurrent;
using System.Collections.Immutable;
using ManifestGen.Generator.Diagnostics;
using ManifestGen.Generator.Model;
using ManifestGen.Rules.Diagnostics;
using ManifestGen.Rules.Keys;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ManifestGen.Generator.Literals;

/// <summary>
/// Constant global keys in C#: invalid ones (LBX2004, the rule of LBX0202) in <c>WithGlobalKey</c>,
/// <c>GlobalKey = …</c> of a DataRowSpec and [GlobalKey] member defaults; and the same key given to
/// two rows (LBX2005, as LBX0201), found once the whole compilation is analyzed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GlobalKeyLiteralAnalyzer : LiteralAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.For(RuleCatalog.ConstantGlobalKey),
        Descriptors.For(RuleCatalog.ConstantGlobalKeyTwice));

    private protected override void Start(CompilationStartAnalysisContext start, RuntimeSymbols symbols)
    {
        // Keyed by file and position, so the order analysis happened to run in cannot matter.
        var rowKeys = new ConcurrentDictionary<(string Path, int Start), (string Key, Location Location)>();
        start.RegisterOperationAction(c =>
        {
            var invocation = (IInvocationOperation)c.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name == "WithGlobalKey" && RuntimeSymbols.Is(method.ContainingType, symbols.Builder)
                && Constants.TryGetString(Constants.Argument(invocation.Arguments, 0), out string key, out Location location))
            {
                Check(key, location, rowKeys, c.ReportDiagnostic);
            }
        }, OperationKind.Invocation);
        start.RegisterOperationAction(c =>
        {
            var assignment = (ISimpleAssignmentOperation)c.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "GlobalKey" } property }
                && RuntimeSymbols.Is(property.ContainingType, symbols.DataRowSpec)
                && Constants.TryGetString(assignment.Value, out string key))
            {
                Check(key, assignment.Value.Syntax.GetLocation(), rowKeys, c.ReportDiagnostic);
            }
        }, OperationKind.SimpleAssignment);
        start.RegisterOperationAction(c =>
        {
            // A default is shared by every row that keeps it: checked, but not counted as one row's key.
            IOperation value = DataRowMembers.Value(c.Operation);
            if (DataRowMembers.RoleOf(c.Operation, symbols, out _) == MemberRole.GlobalKey && Constants.TryGetString(value, out string key))
            {
                Check(key, value.Syntax.GetLocation(), rowKeys: null, c.ReportDiagnostic);
            }
        }, OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ParameterInitializer);
        start.RegisterCompilationEndAction(end => ReportDuplicates(rowKeys, end.ReportDiagnostic));
    }

    private static void Check(string key, Location location,
        ConcurrentDictionary<(string Path, int Start), (string Key, Location Location)>? rowKeys, System.Action<Diagnostic> report)
    {
        string? reason = GlobalKeys.Check(key);
        if (reason != null)
        {
            report(ProblemReporter.Create(RuleCatalog.ConstantGlobalKey, location, null, GlobalKeys.Show(key), reason));
        }

        if (rowKeys != null && location.IsInSource)
        {
            rowKeys[(location.SourceTree!.FilePath, location.SourceSpan.Start)] = (key, location);
        }
    }

    /// <summary>Every later use (by file path, then position) of a key points at its first use.</summary>
    private static void ReportDuplicates(
        ConcurrentDictionary<(string Path, int Start), (string Key, Location Location)> rowKeys, System.Action<Diagnostic> report)
    {
        var occurrences = new System.Collections.Generic.List<KeyOccurrence>(rowKeys.Count);
        foreach (var pair in rowKeys)
        {
            occurrences.Add(new KeyOccurrence(pair.Key.Path, pair.Value.Key, pair.Key.Start, pair.Value.Location.SourceSpan.Length));
        }

        foreach (var (duplicate, first) in DuplicateKeys.Find(occurrences))
        {
            Location firstLocation = rowKeys[(first.Path, first.Start)].Location;
            Location location = rowKeys[(duplicate.Path, duplicate.Start)].Location;
            report(Diagnostic.Create(
                Descriptors.For(RuleCatalog.ConstantGlobalKeyTwice),
                location,
                new[] { firstLocation },
                GlobalKeys.Show(duplicate.Key),
                ProblemReporter.DescribeLocation(firstLocation, location)));
        }
    }
}
