namespace GanTheory.Divergences.Integration;

/// <summary>Stopping rules of the adaptive quadrature.</summary>
/// <param name="RelativeTolerance">Stop when the summed error estimate is at most this times
/// |integral| (default 1e-12).</param>
/// <param name="AbsoluteTolerance">... or at most this (default 1e-15), which matters for
/// integrals near 0.</param>
/// <param name="MaxSubdivisions">Bisections allowed beyond the initial pieces (default 20000).
/// When they run out the result is returned with its (then larger) error estimate.</param>
public sealed record QuadratureOptions(
    double RelativeTolerance = 1e-12, double AbsoluteTolerance = 1e-15, int MaxSubdivisions = 20000)
{
    /// <summary>The defaults: 1e-12 relative, 1e-15 absolute, 20000 bisections.</summary>
    public static QuadratureOptions Default { get; } = new();
}
