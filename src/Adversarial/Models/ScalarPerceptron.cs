using System.Diagnostics;
using System.Numerics;

namespace GanTheory.Adversarial.Models;

/// <summary>
/// A frozen double-precision copy of a one-input, one-output <see cref="MultilayerPerceptron"/>,
/// for evaluating it point by point inside quadrature rules: one managed call costs about a
/// microsecond, against tens of microseconds for a libtorch call on a single point.
/// </summary>
/// <remarks>
/// The copy is taken once; later training of the network does not change it. Weights are
/// widened from float32, so it agrees with the network to float32 rounding (about 1e-6
/// relative). A NaN input gives NaN.
/// </remarks>
public sealed class ScalarPerceptron
{
    private readonly double[][] _weights;
    private readonly double[][] _biases;
    private readonly int[] _widths;
    private readonly HiddenActivation _activation;
    private readonly int _widest;

    /// <summary>Copies the current weights of <paramref name="network"/>.</summary>
    /// <exception cref="ArgumentException">The network is not 1 -> 1.</exception>
    public ScalarPerceptron(MultilayerPerceptron network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.Widths[0] != 1 || network.Widths[^1] != 1)
        {
            throw new ArgumentException(
                $"expected a network from 1 input to 1 output, got widths "
                + $"[{string.Join(", ", network.Widths)}]",
                nameof(network));
        }

        _widths = [.. network.Widths];
        _widest = _widths.Max();
        _activation = network.Activation;
        _weights = new double[network.Layers.Count][];
        _biases = new double[network.Layers.Count][];
        for (int i = 0; i < network.Layers.Count; i++)
        {
            // Linear stores its weight as [out, in], row-major.
            _weights[i] = Array.ConvertAll(
                network.Layers[i].weight!.data<float>().ToArray(), w => (double)w);
            _biases[i] = Array.ConvertAll(
                network.Layers[i].bias!.data<float>().ToArray(), b => (double)b);
        }
    }

    /// <summary>The network's output at <paramref name="x"/>.</summary>
    public double Evaluate(double x)
    {
        Span<double> current = _widest <= 256 ? stackalloc double[_widest] : new double[_widest];
        Span<double> next = _widest <= 256 ? stackalloc double[_widest] : new double[_widest];
        current[0] = x;

        for (int layer = 0; layer < _weights.Length; layer++)
        {
            // next = W current + b, with W stored as [out, in] row-major like Linear.weight.
            int inWidth = _widths[layer];
            int outWidth = _widths[layer + 1];
            ReadOnlySpan<double> input = current[..inWidth];
            for (int o = 0; o < outWidth; o++)
            {
                double sum = _biases[layer][o] + Dot(_weights[layer].AsSpan(o * inWidth, inWidth),
                    input);
                next[o] = layer < _weights.Length - 1 ? Activate(sum) : sum;
            }

            Span<double> swap = current;
            current = next;
            next = swap;
        }
        return current[0];
    }

    // sum_i a_i b_i, a SIMD register of products at a time, then the scalar remainder.
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int width = Vector<double>.Count;
        var sums = Vector<double>.Zero;
        int i = 0;
        for (; i + width <= a.Length; i += width)
        {
            sums += new Vector<double>(a.Slice(i, width)) * new Vector<double>(b.Slice(i, width));
        }

        double sum = Vector.Sum(sums);
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private double Activate(double h)
    {
        return _activation switch
        {
            HiddenActivation.Tanh => Math.Tanh(h),
            HiddenActivation.LeakyRelu => h >= 0 ? h : MultilayerPerceptron.LeakySlope * h,
            HiddenActivation.Relu => Math.Max(h, 0),
            _ => throw new UnreachableException($"unknown activation {_activation}"),
        };
    }
}
