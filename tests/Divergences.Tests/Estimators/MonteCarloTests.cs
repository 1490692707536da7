using GanTheory.Divergences.Estimators;

namespace GanTheory.Divergences.Tests.Estimators;

/// <summary>
/// Monte Carlo estimators against closed forms. Each comparison allows 4 standard errors
/// (a two-sided 4-sigma band, so a correct estimator fails with probability about 6e-5 per
/// seed); the seeds are fixed, so the tests are deterministic.
/// </summary>
[TestFixture]
public sealed class MonteCarloTests
{
    private const double Sigmas = 4;
    private const int N = 100_000;

    private static readonly Func<double, double> LogP = x => Gaussians.LogDensity(x, 0, 1);
    private static readonly Func<double, double> LogQ = x => Gaussians.LogDensity(x, 1, 1);

    [Test]
    public void KullbackLeibler_UnitShiftedNormals_IsOneHalfWithExactStandardError()
    {
        // KL(N(0,1) || N(1,1)) = 1/2; the term ln p - ln q = 1/2 - x has variance exactly 1.
        double[] x = Gaussians.Sample(N, 0, 1, seed: 11);

        SampleEstimate kl = MonteCarlo.KullbackLeibler(x, LogP, LogQ);

        Assert.That(kl.Value, Is.EqualTo(0.5).Within(Sigmas * kl.StandardError));
        Assert.That(kl.StandardError, Is.EqualTo(1 / Math.Sqrt(N)).Within(0.02 / Math.Sqrt(N)));
        Assert.That(kl.SampleSize, Is.EqualTo(N));
    }

    [Test]
    public void KullbackLeibler_CorrelatedGaussians2D_MatchesClosedForm()
    {
        // Pair from the reference list; KL by the closed form in Gaussian2D.
        var q = new Gaussian2D(1, -0.5, 2, 0.6, 0.5);
        double expected = Gaussian2D.Standard.KullbackLeibler(q);
        double[,] points = Gaussians.Sample2D(N, Gaussian2D.Standard, seed: 12);

        SampleEstimate kl = MonteCarlo.KullbackLeibler(
            points, Gaussian2D.Standard.LogDensity, q.LogDensity);

        Assert.That(kl.Value, Is.EqualTo(expected).Within(Sigmas * kl.StandardError));
    }

    [Test]
    public void KullbackLeibler_DistantUnitGaussians2D_IsTwelveAndAHalf()
    {
        // KL(N((0,0), I) || N((3,4), I)) = |mu|^2 / 2 = 12.5 (issue 3 reference values).
        var q = new Gaussian2D(3, 4, 1, 0, 1);
        double[,] points = Gaussians.Sample2D(N, Gaussian2D.Standard, seed: 13);

        SampleEstimate kl = MonteCarlo.KullbackLeibler(
            points, Gaussian2D.Standard.LogDensity, q.LogDensity);

        Assert.That(kl.Value, Is.EqualTo(12.5).Within(Sigmas * kl.StandardError));
    }

    [Test]
    public void KullbackLeibler_QVanishesAtASample_IsInfiniteWithZeroError()
    {
        double[] x = [-0.5, 0.5, 2.0];

        SampleEstimate kl = MonteCarlo.KullbackLeibler(
            x, LogP, x => x is >= 0 and <= 1 ? 0 : double.NegativeInfinity);

        Assert.That(kl.Value, Is.EqualTo(double.PositiveInfinity));
        Assert.That(kl.StandardError, Is.Zero);
    }

    [Test]
    public void JensenShannon_UnitShiftedNormals_MatchesReference()
    {
        double[] x = Gaussians.Sample(N, 0, 1, seed: 21);
        double[] y = Gaussians.Sample(N, 1, 1, seed: 22);

        SampleEstimate jsd = MonteCarlo.JensenShannon(x, y, LogP, LogQ);

        Assert.That(jsd.Value, Is.EqualTo(Gaussians.UnitShiftJensenShannon)
            .Within(Sigmas * jsd.StandardError));
        Assert.That(jsd.SampleSize, Is.EqualTo(2 * N));
    }

    [Test]
    public void JensenShannon_UnitShiftedGaussians2D_MatchesOneDimensionalValue()
    {
        // For equal covariances JSD depends only on the Mahalanobis distance of the means,
        // here |(0.6, 0.8)| = 1, so it equals the 1-D unit-shift value.
        var q = new Gaussian2D(0.6, 0.8, 1, 0, 1);
        double[,] p = Gaussians.Sample2D(N, Gaussian2D.Standard, seed: 23);
        double[,] g = Gaussians.Sample2D(N, q, seed: 24);

        SampleEstimate jsd = MonteCarlo.JensenShannon(
            p, g, Gaussian2D.Standard.LogDensity, q.LogDensity);

        Assert.That(jsd.Value, Is.EqualTo(Gaussians.UnitShiftJensenShannon)
            .Within(Sigmas * jsd.StandardError));
    }

    [Test]
    public void JensenShannon_DisjointSupports_IsExactlyLnTwo()
    {
        Func<double, double> logUniform01 = x => x is >= 0 and <= 1 ? 0 : double.NegativeInfinity;
        Func<double, double> logUniform23 = x => x is >= 2 and <= 3 ? 0 : double.NegativeInfinity;

        SampleEstimate jsd = MonteCarlo.JensenShannon(
            [0.2, 0.7, 0.9], [2.1, 2.5], logUniform01, logUniform23);

        Assert.That(jsd.Value, Is.EqualTo(Math.Log(2)).Within(1e-15));
        Assert.That(jsd.StandardError, Is.EqualTo(0).Within(1e-15));
    }

    [Test]
    public void GanValue_OptimalDiscriminator_IsMinusLogFourPlusTwoJensenShannon()
    {
        // Theorem 1: V(G, D*) = -ln 4 + 2 JSD; here D* has logit ln p - ln q = 1/2 - x.
        double[] data = Gaussians.Sample(N, 0, 1, seed: 31);
        double[] generated = Gaussians.Sample(N, 1, 1, seed: 32);
        double expected = -Math.Log(4) + (2 * Gaussians.UnitShiftJensenShannon);

        SampleEstimate value = MonteCarlo.GanValue(data, generated, x => 0.5 - x);

        Assert.That(value.Value, Is.EqualTo(expected).Within(Sigmas * value.StandardError));
        Assert.That(value.SampleSize, Is.EqualTo(2 * N));
    }

    [Test]
    public void GanValue_OptimalDiscriminator2D_IsMinusLogFourPlusTwoJensenShannon()
    {
        var q = new Gaussian2D(0.6, 0.8, 1, 0, 1);
        double[,] data = Gaussians.Sample2D(N, Gaussian2D.Standard, seed: 33);
        double[,] generated = Gaussians.Sample2D(N, q, seed: 34);
        double expected = -Math.Log(4) + (2 * Gaussians.UnitShiftJensenShannon);

        SampleEstimate value = MonteCarlo.GanValue(
            data, generated, (x, y) => Gaussian2D.Standard.LogDensity(x, y) - q.LogDensity(x, y));

        Assert.That(value.Value, Is.EqualTo(expected).Within(Sigmas * value.StandardError));
    }

    [Test]
    public void GanValue_ConstantHalf_IsExactlyMinusLogFour()
    {
        SampleEstimate value = MonteCarlo.GanValue([0.0, 1.0, 2.0], [5.0, 6.0], _ => 0);

        Assert.That(value.Value, Is.EqualTo(-Math.Log(4)).Within(1e-15));
        Assert.That(value.StandardError, Is.EqualTo(0).Within(1e-15));
    }

    [Test]
    public void GanValue_ExtremeLogits_StayFiniteAndAccurate()
    {
        // Right answers with |l| = 800: ln D = -softplus(-l) ~ -e^-800 ~ 0 on the data side,
        // ln(1 - D) = -softplus(l) = -800 on the generator side. A naive ln(sigmoid) is -inf.
        SampleEstimate value = MonteCarlo.GanValue([1.0, 2.0], [1.0, 2.0], _ => 800);

        Assert.That(value.Value, Is.EqualTo(-800).Within(1e-12));
    }

    [Test]
    public void GanValue_InfiniteLogitOnAGeneratedPoint_IsMinusInfinity()
    {
        SampleEstimate value = MonteCarlo.GanValue(
            [1.0, 2.0], [3.0, 4.0], x => x > 3.5 ? double.PositiveInfinity : 0);

        Assert.That(value.Value, Is.EqualTo(double.NegativeInfinity));
        Assert.That(value.StandardError, Is.Zero);
    }

    [Test]
    public void GanValueFromLogits_TwoLogitsEach_MatchesHandComputedValueAndError()
    {
        // Data logits 0 and ln 3 give ln D = ln(1/2), ln(3/4); generated logits 0 and -ln 3
        // give ln(1 - D) = ln(1/2), ln(3/4). V = 2 (ln(1/2) + ln(3/4)) / 2 = ln(3/8). Two
        // terms a, b have s / sqrt(2) = |a - b| / 2 = ln(3/2) / 2 per side, so the standard
        // error is sqrt(2) ln(3/2) / 2.
        SampleEstimate value = MonteCarlo.GanValueFromLogits(
            [0.0, Math.Log(3)], [0.0, -Math.Log(3)]);

        Assert.That(value.Value, Is.EqualTo(Math.Log(3.0 / 8)).Within(1e-15));
        Assert.That(value.StandardError, Is.EqualTo(Math.Sqrt(2) * Math.Log(1.5) / 2)
            .Within(1e-15));
        Assert.That(value.SampleSize, Is.EqualTo(4));
    }

    [Test]
    public void GanValueFromLogits_LogitsOfTheOptimalDiscriminator_EqualSampleOverload()
    {
        // The sample overload evaluates the logit and hands the logits over, so both agree
        // to the last bit; the logit 1/2 - x is that of D* for N(0, 1) against N(1, 1).
        double[] data = Gaussians.Sample(1000, 0, 1, seed: 35);
        double[] generated = Gaussians.Sample(1000, 1, 1, seed: 36);

        SampleEstimate fromSamples = MonteCarlo.GanValue(data, generated, x => 0.5 - x);
        SampleEstimate fromLogits = MonteCarlo.GanValueFromLogits(
            data.Select(x => 0.5 - x).ToArray(), generated.Select(x => 0.5 - x).ToArray());

        Assert.That(fromLogits, Is.EqualTo(fromSamples));
    }

    [Test]
    public void GanValueFromLogits_MinusInfiniteLogitOnData_IsMinusInfinityWithZeroError()
    {
        SampleEstimate value = MonteCarlo.GanValueFromLogits(
            [double.NegativeInfinity, 0.0], [0.0, 1.0]);

        Assert.That(value.Value, Is.EqualTo(double.NegativeInfinity));
        Assert.That(value.StandardError, Is.Zero);
    }

    [Test]
    public void GanValueFromLogits_NaNOrTooFewLogits_ThrowNamingTheArgument()
    {
        var nan = Assert.Throws<ArgumentException>(
            () => MonteCarlo.GanValueFromLogits([0.0, 1.0], [2.0, double.NaN]));
        var single = Assert.Throws<ArgumentException>(
            () => MonteCarlo.GanValueFromLogits([0.0], [1.0, 2.0]));

        Assert.That(nan!.ParamName, Is.EqualTo("generatorLogits"));
        Assert.That(nan.Message, Does.Contain("index 1"));
        Assert.That(single!.ParamName, Is.EqualTo("dataLogits"));
        Assert.That(single.Message, Does.Contain("at least 2"));
    }

    [Test]
    public void Estimators_EmptyOrSingleSample_ThrowNamingTheSample()
    {
        var empty = Assert.Throws<ArgumentException>(
            () => MonteCarlo.KullbackLeibler([], LogP, LogQ));
        var single = Assert.Throws<ArgumentException>(
            () => MonteCarlo.JensenShannon([1.0, 2.0], [1.0], LogP, LogQ));

        Assert.That(empty!.ParamName, Is.EqualTo("samplesOfP"));
        Assert.That(single!.ParamName, Is.EqualTo("samplesOfQ"));
        Assert.That(single.Message, Does.Contain("at least 2"));
    }

    [Test]
    public void Estimators_NaNSample_ThrowsNamingTheIndex()
    {
        var error = Assert.Throws<ArgumentException>(
            () => MonteCarlo.GanValue([0.0, double.NaN], [1.0, 2.0], _ => 0));

        Assert.That(error!.ParamName, Is.EqualTo("dataSamples"));
        Assert.That(error.Message, Does.Contain("point 1"));
    }

    [Test]
    public void Estimators_FunctionReturnsNaN_ThrowsNamingTheFunctionAndPoint()
    {
        var logit = Assert.Throws<ArgumentException>(
            () => MonteCarlo.GanValue([0.0, 1.0], [1.0, 2.0], x => x > 1.5 ? double.NaN : 0));
        var density = Assert.Throws<ArgumentException>(
            () => MonteCarlo.KullbackLeibler([0.0, 1.0], LogP, _ => double.NaN));

        Assert.That(logit!.ParamName, Is.EqualTo("discriminatorLogit"));
        Assert.That(logit.Message, Does.Contain("x = 2"));
        Assert.That(density!.ParamName, Is.EqualTo("logDensityQ"));
    }

    [Test]
    public void KullbackLeibler_SampleOutsideSupportOfP_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => MonteCarlo.KullbackLeibler(
            [0.5, 3.0], x => x < 1 ? 0 : double.NegativeInfinity, LogQ));

        Assert.That(error!.ParamName, Is.EqualTo("logDensityP"));
        Assert.That(error.Message, Does.Contain("own sample"));
    }

    [Test]
    public void Estimators_PointsWithWrongColumnCount_Throw()
    {
        var points = new double[,] { { 0, 1, 2 }, { 3, 4, 5 } };

        var error = Assert.Throws<ArgumentException>(() => MonteCarlo.KullbackLeibler(
            points, Gaussian2D.Standard.LogDensity, Gaussian2D.Standard.LogDensity));

        Assert.That(error!.ParamName, Is.EqualTo("pointsOfP"));
        Assert.That(error.Message, Does.Contain("2 columns"));
    }
}
