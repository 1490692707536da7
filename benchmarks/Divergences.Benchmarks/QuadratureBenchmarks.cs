using BenchmarkDotNet.Attributes;
using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Benchmarks;

/// <summary>
/// JSD by adaptive quadrature (1-D) and cubature (2-D) with the library's default tolerances:
/// the pairs of <see cref="BenchmarkSamples"/> and the 8-Gaussian ring against one Gaussian.
/// </summary>
public class QuadratureBenchmarks : IAccuracyMeasured
{
    private readonly Normal _p1 = new(0, 1);
    private readonly Normal _q1 = new(1, 1.5);
    private readonly BivariateNormal _p2 = new(0, 0, 1, 0, 1);
    private readonly BivariateNormal _q2 = new(1, -0.5, 2, 0.6, 0.5);
    private readonly BivariateMixture _ring = BenchmarkTargets.Ring8();
    private readonly BivariateNormal _wide = new(0, 0, 0.5, 0, 0.5);

    [Benchmark]
    public Estimate JensenShannon1D() => JensenShannon.Compute(_p1, _q1);

    [Benchmark]
    public Estimate JensenShannon2D() => JensenShannon.Compute(_p2, _q2);

    [Benchmark]
    public Estimate JensenShannonRing() => JensenShannon.Compute(_ring, _wide);

    public AccuracyRecord Measure(string method)
    {
        (Estimate estimate, double reference) = method switch
        {
            nameof(JensenShannon1D) => (JensenShannon1D(), References.JensenShannon1D),
            nameof(JensenShannon2D) => (JensenShannon2D(), References.JensenShannon2D),
            nameof(JensenShannonRing) => (JensenShannonRing(), References.JensenShannonRing),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown benchmark"),
        };

        return new AccuracyRecord(estimate.Value, estimate.ErrorEstimate, reference);
    }
}
