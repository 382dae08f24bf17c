using System;
using System.Collections.Generic;
using ManifestGen.Rows;
using ManifestGen.Rules.Metadata;

namespace ManifestGen;

/// <summary>The value of one metadata field of a data row, compared by value.</summary>
public sealed class MetadataValue : IEquatable<MetadataValue>
{
    private readonly string? _text;
    private readonly double _number;
    private readonly ValueList<double>? _vector;

    private MetadataValue(MetadataValueKind kind, string? text, double number, ValueList<double>? vector)
    {
        Kind = kind;
        _text = text;
        _number = number;
        _vector = vector;
    }

    /// <summary>Which of the accessors holds the value.</summary>
    public MetadataValueKind Kind { get; }

    /// <summary>The text of a <see cref="MetadataValueKind.String"/> value.</summary>
    public string Text => _text ?? throw WrongKind(MetadataValueKind.String);

    /// <summary>The number of a <see cref="MetadataValueKind.Number"/> value.</summary>
    public double Number => Kind == MetadataValueKind.Number ? _number : throw WrongKind(MetadataValueKind.Number);

    /// <summary>The numbers of a <see cref="MetadataValueKind.Vector"/> value.</summary>
    public IReadOnlyList<double> Vector => _vector ?? throw WrongKind(MetadataValueKind.Vector);

    /// <summary>A string value (text, or an enum option's name or id).</summary>
    public static MetadataValue String(string text) =>
        new(MetadataValueKind.String, text ?? throw new ArgumentNullException(nameof(text)), 0, null);

    /// <summary>A number value; it must be finite.</summary>
    public static MetadataValue FromNumber(double number) =>
        double.IsFinite(number)
            ? new(MetadataValueKind.Number, null, number, null)
            : throw new ArgumentOutOfRangeException(nameof(number), number, "A metadata number must be finite.");

    /// <summary>A date-time value, sent as UTC to the second (yyyy-MM-ddTHH:mm:ssZ) as Labelbox stores it.</summary>
    public static MetadataValue FromDateTime(DateTimeOffset value) => String(IsoDateTimes.ToWire(value));

    /// <summary>An embedding; every number must be finite.</summary>
    public static MetadataValue FromVector(IEnumerable<double> numbers)
    {
        ValueList<double> vector = ValueList<double>.From(numbers ?? throw new ArgumentNullException(nameof(numbers)));
        foreach (double n in vector)
        {
            if (!double.IsFinite(n))
            {
                throw new ArgumentOutOfRangeException(nameof(numbers), "An embedding's numbers must be finite.");
            }
        }

        return new(MetadataValueKind.Vector, null, 0, vector);
    }

    /// <inheritdoc />
    public bool Equals(MetadataValue? other) =>
        other is not null && other.Kind == Kind && other._text == _text && other._number.Equals(_number) && Equals(other._vector, _vector);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MetadataValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _text, _number, _vector);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        MetadataValueKind.String => _text!,
        MetadataValueKind.Number => _number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => "[" + string.Join(", ", _vector!) + "]",
    };

    private InvalidOperationException WrongKind(MetadataValueKind wanted) =>
        new("This metadata value is a " + Kind + ", not a " + wanted + ".");
}
