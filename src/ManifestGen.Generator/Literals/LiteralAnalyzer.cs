using Microsoft.CodeAnalysis.Diagnostics;

namespace ManifestGen.Generator.Literals;

/// <summary>
/// What every C# literal analyzer does first: run concurrently, skip generated code, and look at a
/// compilation only when it references the ManifestGen runtime, whose types it resolves once.
/// </summary>
public abstract class LiteralAnalyzer : DiagnosticAnalyzer
{
    private protected LiteralAnalyzer()
    {
    }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            RuntimeSymbols? symbols = RuntimeSymbols.TryCreate(start.Compilation);
            if (symbols != null)
            {
                Start(start, symbols);
            }
        });
    }

    /// <summary>Registers the analyzer's actions for a compilation that references the runtime.</summary>
    private protected abstract void Start(CompilationStartAnalysisContext start, RuntimeSymbols symbols);
}
