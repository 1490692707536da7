using BenchmarkDotNet.Attributes;
using GanTheory.Divergences.Densities;
using GanTheory.Divergences.Measures;

namespace GanTheory.Divergences.Benchmarks;

/// <summary>JSD by adaptive quadrature for the 1-D pair of <see cref="BenchmarkSamples"/>.</summary>
public class QuadratureBenchmarks : IAccuracyMeasured
{
    private readonly Normal _p = new(0, 1);
    private readonly Normal _q = new(1, 1.5);

    [Benchmark]
    public Estimate JensenShannon1D() => JensenShannon.Compute(_p, _q);

    public AccuracyRecord Measure(string method)
    {
        (Estimate estimate, double reference) = method switch
        {
            nameof(JensenShannon1D) => (JensenShannon1D(), References.JensenShannon1D),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown benchmark"),
        };

        return new AccuracyRecord(estimate.Value, estimate.ErrorEstimate, reference);
    }
}
