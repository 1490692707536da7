using GanTheory.Mnist.Data;
using GanTheory.Mnist.Evaluation;

namespace GanTheory.Mnist.Tests;

[TestFixture]
[NonParallelizable]
public sealed class ParzenWindowTests
{
    [Test]
    public void LogLikelihoods_PointOnSingleCentre_IsGaussianPeak()
    {
        ImageSet centre = new([0.3f], 1, 1);

        double value = ParzenWindow.LogLikelihoods(centre, centre, [1.0])[0][0];

        // log N(0; 0, 1) = -ln(2 pi) / 2.
        Assert.That(value, Is.EqualTo(-0.5 * Math.Log(2 * Math.PI)).Within(1e-12));
    }

    [Test]
    public void LogLikelihoods_MidpointOfTwoCentres_IsHandComputed()
    {
        ImageSet centres = new([0f, 1f], 1, 1);
        ImageSet point = new([0.5f], 1, 1);

        double value = ParzenWindow.LogLikelihoods(centres, point, [0.5])[0][0];

        // Both kernels give exp(-0.25 / 0.5) / sqrt(2 pi 0.25): log = -0.5 - ln(pi / 2) / 2.
        Assert.That(value, Is.EqualTo(-0.5 - (0.5 * Math.Log(Math.PI / 2))).Within(1e-12));
    }

    [Test]
    public void LogLikelihoods_TwoDimensionsUnequalDistances_IsHandComputed()
    {
        ImageSet centres = new([0f, 0f, 1f, 1f], 1, 2);
        ImageSet point = new([0f, 0f], 1, 2);

        double value = ParzenWindow.LogLikelihoods(centres, point, [1.0])[0][0];

        // (1/2)(e^0 + e^-1) / (2 pi): distances 0 and 2, sigma 1, D = 2.
        double expected = Math.Log(0.5 * (1 + Math.Exp(-1))) - Math.Log(2 * Math.PI);
        Assert.That(value, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void LogLikelihoods_FarPointNarrowKernel_StaysFiniteAndExact()
    {
        ImageSet centres = new(new float[784], 28, 28);
        ImageSet point = new([.. Enumerable.Repeat(1f, 784)], 28, 28);

        double value = ParzenWindow.LogLikelihoods(centres, point, [0.01])[0][0];

        // exp(-784 / (2e-4)) underflows; the log is -3.92e6 - 392 ln(2 pi 1e-4) exactly.
        double expected = (-784 / 2e-4) - (392 * Math.Log(2 * Math.PI * 1e-4));
        Assert.That(value, Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public void LogLikelihoods_MatchDirectSumOnRandomImages()
    {
        Random random = new(4);
        ImageSet centres = new([.. Enumerable.Range(0, 30 * 16).Select(_ => random.NextSingle())], 4, 4);
        ImageSet points = new([.. Enumerable.Range(0, 7 * 16).Select(_ => random.NextSingle())], 4, 4);

        double[] fast = ParzenWindow.LogLikelihoods(centres, points, [0.3])[0];

        for (int j = 0; j < points.Count; j++)
        {
            double sum = 0;
            for (int i = 0; i < centres.Count; i++)
            {
                double d = Enumerable.Range(0, 16).Sum(k => Math.Pow(
                    (double)points.Pixels[(j * 16) + k] - centres.Pixels[(i * 16) + k], 2));
                sum += Math.Exp(-d / (2 * 0.09)) / Math.Pow(2 * Math.PI * 0.09, 8);
            }
            Assert.That(fast[j], Is.EqualTo(Math.Log(sum / centres.Count)).Within(1e-9));
        }
    }

    [Test]
    public void SigmaGrid_TenValues_AreLogSpacedFromTenthToOne()
    {
        double[] grid = ParzenWindow.SigmaGrid();

        Assert.That(grid, Has.Length.EqualTo(10));
        Assert.That(grid[0], Is.EqualTo(0.1).Within(1e-15));
        Assert.That(grid[9], Is.EqualTo(1.0));
        // numpy.logspace(-1, 0, 10)[1] = 10^(-8/9) = 0.12915496650148839.
        Assert.That(grid[1], Is.EqualTo(0.12915496650148839).Within(1e-15));
    }

    [Test]
    public void Evaluate_ChoosesSigmaOnValidationAndReportsTestMeanAndError()
    {
        ImageSet centres = new([0f, 1f], 1, 1);
        ImageSet validation = new([0f, 1f], 1, 1);
        ImageSet test = new([0f, 0.5f], 1, 1);
        double[] grid = [0.01, 0.1, 10];

        ParzenResult result = ParzenWindow.Evaluate(centres, validation, test, grid);

        // Validation points sit on the centres, so the narrowest kernel scores best.
        Assert.That(result.Sigma, Is.EqualTo(0.01));
        double[] expected = ParzenWindow.LogLikelihoods(centres, test, [0.01])[0];
        double mean = expected.Average();
        // Population std of two values a, b is |a - b| / 2; SE = that / sqrt 2.
        double se = Math.Abs(expected[0] - expected[1]) / 2 / Math.Sqrt(2);
        Assert.That(result.MeanLogLikelihood, Is.EqualTo(mean).Within(1e-9));
        Assert.That(result.StandardError, Is.EqualTo(se).Within(1e-9));
        Assert.That(result.ValidationMeans, Has.Length.EqualTo(3));
    }

    [Test]
    public void MeanAndStandardError_KnownValues()
    {
        // Values 1, 2, 3, 4: mean 2.5, population variance 1.25, SE sqrt(1.25 / 4).
        (double mean, double se) = ParzenWindow.MeanAndStandardError([1.0, 2.0, 3.0, 4.0]);

        Assert.That(mean, Is.EqualTo(2.5).Within(1e-15));
        Assert.That(se, Is.EqualTo(Math.Sqrt(1.25 / 4)).Within(1e-15));
    }

    [Test]
    public void LogLikelihoods_NaNPixel_IsRefused()
    {
        ImageSet centres = new([float.NaN], 1, 1);

        Assert.Throws<ArgumentOutOfRangeException>(
            () => ParzenWindow.LogLikelihoods(centres, centres, [1.0]));
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    public void LogLikelihoods_BadSigma_IsRefused(double sigma)
    {
        ImageSet centres = new([0f], 1, 1);

        Assert.Throws<ArgumentOutOfRangeException>(
            () => ParzenWindow.LogLikelihoods(centres, centres, [sigma]));
    }
}
