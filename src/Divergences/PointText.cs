namespace GanTheory.Divergences;

/// <summary>
/// How error messages name a point: <c>x = 1.5</c> or <c>(x, y) = (1.5, -2)</c>, with
/// round-trip precision and invariant formatting.
/// </summary>
internal static class PointText
{
    public static string Of(double x) => FormattableString.Invariant($"x = {x:R}");

    public static string Of(double x, double y) =>
        FormattableString.Invariant($"(x, y) = ({x:R}, {y:R})");
}
