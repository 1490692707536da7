using BenchmarkDotNet.Attributes;
using GanTheory.Divergences.Estimators;

namespace GanTheory.Divergences.Benchmarks;

/// <summary>
/// The kNN estimators (k = 3) at 10^4 and 10^5 points per sample, 1-D and 2-D, on the pairs
/// of <see cref="BenchmarkSamples"/>. Times include building the k-d trees and the block
/// standard errors of KL and JSD.
/// </summary>
public class NearestNeighbourBenchmarks : IAccuracyMeasured
{
    private double[,] _p = new double[0, 0];
    private double[,] _q = new double[0, 0];
    private double[] _p1 = [];
    private double[] _q1 = [];

    /// <summary>Points per sample.</summary>
    [Params(10_000, 100_000)]
    public int N { get; set; }

    /// <summary>Dimension of the points.</summary>
    [Params(1, 2)]
    public int Dimension { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _p = BenchmarkSamples.Draw(N, Dimension, fromQ: false, seed: 1);
        _q = BenchmarkSamples.Draw(N, Dimension, fromQ: true, seed: 2);
        _p1 = BenchmarkSamples.Column(_p);
        _q1 = BenchmarkSamples.Column(_q);
    }

    [Benchmark]
    public SampleEstimate Entropy() => Dimension == 1
        ? NearestNeighbourEstimators.Entropy(_p1)
        : NearestNeighbourEstimators.Entropy(_p);

    [Benchmark]
    public SampleEstimate KullbackLeibler() => Dimension == 1
        ? NearestNeighbourEstimators.KullbackLeibler(_p1, _q1)
        : NearestNeighbourEstimators.KullbackLeibler(_p, _q);

    [Benchmark]
    public SampleEstimate JensenShannon() => Dimension == 1
        ? NearestNeighbourEstimators.JensenShannon(_p1, _q1)
        : NearestNeighbourEstimators.JensenShannon(_p, _q);

    public AccuracyRecord Measure(string method)
    {
        (SampleEstimate estimate, double reference) = method switch
        {
            nameof(Entropy) => (Entropy(), Dimension == 1 ? References.Entropy1D
                : References.Entropy2D),
            nameof(KullbackLeibler) => (KullbackLeibler(), Dimension == 1
                ? References.KullbackLeibler1D : References.KullbackLeibler2D),
            nameof(JensenShannon) => (JensenShannon(), Dimension == 1
                ? References.JensenShannon1D : References.JensenShannon2D),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown benchmark"),
        };

        return new AccuracyRecord(estimate.Value, estimate.StandardError, reference);
    }
}
