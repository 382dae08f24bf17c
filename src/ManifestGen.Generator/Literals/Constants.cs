using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManifestGen.Generator.Literals;

/// <summary>Compile-time constant values of operations: literals, const fields, constant interpolated strings.</summary>
internal static class Constants
{
    /// <summary>The argument given for the parameter at <paramref name="ordinal"/>, if any.</summary>
    public static IArgumentOperation? Argument(ImmutableArray<IArgumentOperation> arguments, int ordinal)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The constant string value of <paramref name="value"/>, if it has one.</summary>
    public static bool TryGetString(IOperation? value, out string text)
    {
        if (value != null && value.ConstantValue is { HasValue: true, Value: string s })
        {
            text = s;
            return true;
        }

        text = "";
        return false;
    }

    /// <summary>The constant string of an argument, and where to report about it (the argument's expression).</summary>
    public static bool TryGetString(IArgumentOperation? argument, out string text, out Location location)
    {
        location = Location.None;
        if (argument == null || !TryGetString(argument.Value, out text))
        {
            text = "";
            return false;
        }

        location = argument.Value.Syntax.GetLocation();
        return true;
    }

    /// <summary>The operation without the implicit conversions the compiler wrapped it in.</summary>
    public static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
