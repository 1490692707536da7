namespace GanTheory.Experiments.Convergence;

/// <summary>The named 1-D data densities `run convergence` can learn (see
/// <see cref="ToyTargets"/>).</summary>
internal enum ToyTarget
{
    /// <summary>N(1, 0.7^2): one smooth mode, the default.</summary>
    Gaussian,

    /// <summary>0.5 N(-1.5, 0.5^2) + 0.5 N(1.5, 0.5^2): two modes with little mass
    /// between.</summary>
    Mixture,

    /// <summary>U(0, 2): flat, with jumps at the edges that a smooth generator can only
    /// approach.</summary>
    Uniform,
}
