using System.Diagnostics;
using GanTheory.Divergences.Densities;

namespace GanTheory.Experiments.Convergence;

/// <summary>The data density behind each <see cref="ToyTarget"/> name.</summary>
internal static class ToyTargets
{
    /// <summary>The command-line word for each target.</summary>
    public static readonly IReadOnlyDictionary<string, ToyTarget> Names =
        new Dictionary<string, ToyTarget>
        {
            ["gaussian"] = ToyTarget.Gaussian,
            ["mixture"] = ToyTarget.Mixture,
            ["uniform"] = ToyTarget.Uniform,
        };

    public static IUnivariateDensity Density(ToyTarget target)
    {
        return target switch
        {
            ToyTarget.Gaussian => new Normal(1.0, 0.7),
            ToyTarget.Mixture => new Mixture(
                [0.5, 0.5], [new Normal(-1.5, 0.5), new Normal(1.5, 0.5)]),
            ToyTarget.Uniform => new Uniform(0.0, 2.0),
            _ => throw new UnreachableException($"unknown target {target}"),
        };
    }
}
