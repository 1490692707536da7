using GanTheory.Mnist.Data;
using static TorchSharp.torch;

namespace GanTheory.Mnist.Evaluation;

/// <summary>
/// Gaussian Parzen-window log-likelihood, the estimator of the paper's Table 1 (Breuleux et al.
/// 2011): a mixture of isotropic Gaussians of width sigma, one on each of N samples mu_i, scores
/// a point x by
/// <code>
///   log p(x) = log( (1/N) sum_i N(x; mu_i, sigma^2 I) )
///            = logsumexp_i( -||x - mu_i||^2 / (2 sigma^2) ) - log N - (D/2) log(2 pi sigma^2)
/// </code>
/// in nats, D the number of pixels.
/// </summary>
/// <remarks>
/// Squared distances come from one matrix product per block of points,
/// ||x||^2 + ||mu||^2 - 2 x . mu (float64, clamped at 0 against rounding), so a 10,000 x 10,000
/// x 784 problem takes seconds; they are computed once and reused for every sigma. The
/// log-mean-exp subtracts each row's maximum and clamps the shifted exponents at
/// <see cref="ExponentFloor"/> before exp: exp of very negative numbers yields denormals, which
/// are slow in libtorch, and the clamp changes the sum by a relative amount below
/// N e^-80 (about 1e-31 for N = 10,000). Every result is finite for finite input: far points get
/// a very negative log-likelihood, never -infinity. NaN pixels are refused.
/// </remarks>
public static class ParzenWindow
{
    /// <summary>Shifted exponents below this are raised to it (see remarks).</summary>
    public const double ExponentFloor = -80;

    /// <summary>Points scored per matrix product (bounds memory at block x N doubles).</summary>
    private const int BlockSize = 1000;

    /// <summary>
    /// <paramref name="count"/> values log-spaced on [<paramref name="low"/>, <paramref name="high"/>]
    /// (numpy.logspace): the paper's protocol uses 10 on [0.1, 1].
    /// </summary>
    public static double[] SigmaGrid(int count = 10, double low = 0.1, double high = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        if (!(low > 0) || !(high > low) || !double.IsFinite(high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, "expected 0 < low < high < infinity");
        }
        double step = Math.Log(high / low) / (count - 1);
        // The end points are set exactly; exp(log) would give 1.0000000000000002 for high = 1.
        return [.. Enumerable.Range(0, count)
            .Select(i => i == count - 1 ? high : low * Math.Exp(step * i))];
    }

    /// <summary>log p(x) for each point, one array per sigma, in nats.</summary>
    /// <param name="centres">The kernel centres mu_i (e.g. 10,000 generated images).</param>
    /// <param name="points">The images scored.</param>
    /// <param name="sigmas">Kernel widths (&gt; 0), in intensity units (pixels in [0, 1]).</param>
    /// <returns>result[s][j] = log p(points_j) under width sigmas[s].</returns>
    public static double[][] LogLikelihoods(
        ImageSet centres, ImageSet points, IReadOnlyList<double> sigmas)
    {
        Validate(centres, points, sigmas);
        double[][] result = [.. sigmas.Select(_ => new double[points.Count])];
        int dimension = centres.PixelsPerImage;

        using Tensor mu = ToDouble(centres, 0, centres.Count);          // [N, D]
        using Tensor muSquared = mu.square().sum(1);                       // [N]
        for (int start = 0; start < points.Count; start += BlockSize)
        {
            int size = Math.Min(BlockSize, points.Count - start);
            using TorchSharp.DisposeScope scope = NewDisposeScope();
            Tensor x = ToDouble(points, start, size);                     // [b, D]
            Tensor xSquared = x.square().sum(1, keepdim: true);           // [b, 1]
            Tensor distances = (xSquared + muSquared - (2 * x.matmul(mu.t())))
                .clamp_min(0);                                            // [b, N]

            for (int s = 0; s < sigmas.Count; s++)
            {
                double sigma = sigmas[s];
                Tensor exponents = distances / (-2 * sigma * sigma);     // [b, N]
                Tensor peak = exponents.amax([1], keepdim: true);         // [b, 1]
                Tensor sum = (exponents - peak).clamp_min(ExponentFloor).exp().sum(1);   // [b]
                double constant = Math.Log(centres.Count)
                    + (dimension / 2.0 * Math.Log(2 * Math.PI * sigma * sigma));
                Tensor logp = peak.squeeze(1) + sum.log() - constant;    // [b]
                logp.data<double>().CopyTo(result[s].AsSpan(start, size));
            }
        }
        return result;
    }

    /// <summary>
    /// The paper's protocol: sigma is the grid value with the highest mean log-likelihood of
    /// <paramref name="validation"/>; the result is the mean log-likelihood of
    /// <paramref name="test"/> at that sigma and its standard error.
    /// </summary>
    public static ParzenResult Evaluate(
        ImageSet centres, ImageSet validation, ImageSet test, IReadOnlyList<double> sigmaGrid)
    {
        ArgumentNullException.ThrowIfNull(sigmaGrid);
        double[] validationMeans = [.. LogLikelihoods(centres, validation, sigmaGrid)
            .Select(values => values.Average())];
        int best = Array.IndexOf(validationMeans, validationMeans.Max());
        ParzenResult result = Evaluate(centres, test, sigmaGrid[best]);
        return result with { ValidationMeans = validationMeans, SigmaGrid = [.. sigmaGrid] };
    }

    /// <summary>
    /// Mean log-likelihood of <paramref name="test"/> at a fixed sigma, and its standard error.
    /// </summary>
    public static ParzenResult Evaluate(ImageSet centres, ImageSet test, double sigma)
    {
        double[] values = LogLikelihoods(centres, test, [sigma])[0];
        (double mean, double standardError) = MeanAndStandardError(values);
        return new ParzenResult(sigma, mean, standardError, test.Count, centres.Count, null, null);
    }

    /// <summary>
    /// Mean and standard error std / sqrt(n), std with divisor n as in the paper's
    /// parzen_ll.py (numpy's default).
    /// </summary>
    public static (double Mean, double StandardError) MeanAndStandardError(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        double mean = values.Average();
        double variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return (mean, Math.Sqrt(variance / values.Count));
    }

    private static Tensor ToDouble(ImageSet images, int start, int count)
    {
        int d = images.PixelsPerImage;
        double[] values = new double[count * d];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = images.Pixels[(start * d) + i];
        }
        return tensor(values, [count, d]);
    }

    private static void Validate(ImageSet centres, ImageSet points, IReadOnlyList<double> sigmas)
    {
        ArgumentNullException.ThrowIfNull(centres);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(sigmas);
        ArgumentOutOfRangeException.ThrowIfZero(centres.Count);
        ArgumentOutOfRangeException.ThrowIfZero(points.Count);
        if (centres.PixelsPerImage != points.PixelsPerImage)
        {
            throw new ArgumentOutOfRangeException(
                nameof(points), points.PixelsPerImage,
                $"images must have as many pixels as the centres ({centres.PixelsPerImage})");
        }
        foreach (double sigma in sigmas)
        {
            if (!double.IsFinite(sigma) || sigma <= 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(sigmas), sigma, "each sigma must be finite and > 0");
            }
        }
        RejectNaN(centres, nameof(centres));
        RejectNaN(points, nameof(points));
    }

    private static void RejectNaN(ImageSet images, string name)
    {
        int bad = Array.FindIndex(images.Pixels, p => !float.IsFinite(p));
        if (bad >= 0)
        {
            throw new ArgumentOutOfRangeException(
                name, images.Pixels[bad], $"pixel {bad} must be finite");
        }
    }
}

/// <summary>A Parzen-window score.</summary>
/// <param name="Sigma">Kernel width used.</param>
/// <param name="MeanLogLikelihood">Mean log-likelihood of the test images, nats.</param>
/// <param name="StandardError">std / sqrt(n) of the per-image log-likelihoods, nats.</param>
/// <param name="TestCount">Test images scored.</param>
/// <param name="CentreCount">Kernel centres (samples).</param>
/// <param name="SigmaGrid">The grid sigma was chosen from, or null when it was fixed.</param>
/// <param name="ValidationMeans">Mean validation log-likelihood per grid value, or null.</param>
public sealed record ParzenResult(
    double Sigma,
    double MeanLogLikelihood,
    double StandardError,
    int TestCount,
    int CentreCount,
    double[]? SigmaGrid,
    double[]? ValidationMeans);
