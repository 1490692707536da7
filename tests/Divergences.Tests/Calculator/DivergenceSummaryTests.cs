using GanTheory.Divergences.Calculator;

namespace GanTheory.Divergences.Tests.Calculator;

public sealed class DivergenceSummaryTests
{
    [Test]
    public void Compute_StandardVersusShifted_RowsMatchReferences()
    {
        IReadOnlyList<SummaryRow> rows = DivergenceSummary.Compute(
            DensityParser.Parse("normal(0,1)"), DensityParser.Parse("normal(1,1)"));
        Dictionary<string, double> values = rows.ToDictionary(r => r.Key, r => r.Estimate.Value);

        // References: issue 2 (JSD, C(G)); KL of unit-variance normals one apart is 1/2 both ways.
        Assert.That(
            rows.Select(r => r.Key),
            Is.EqualTo(new[] { "kl_pq", "kl_qp", "jsd", "jsd_bits", "js_distance", "tv",
                "hellinger_sq", "c_of_g" }));
        Assert.That(values["kl_pq"], Is.EqualTo(0.5).Within(1e-15));
        Assert.That(values["jsd"], Is.EqualTo(0.11142148218473618).Within(1e-13));
        Assert.That(values["jsd_bits"],
            Is.EqualTo(0.11142148218473618 / Math.Log(2)).Within(1e-13));
        Assert.That(values["js_distance"],
            Is.EqualTo(Math.Sqrt(0.11142148218473618)).Within(1e-13));
        Assert.That(values["c_of_g"], Is.EqualTo(-1.1634513967504183).Within(1e-13));
    }

    [Test]
    public void Compute_MixedDimensions_ThrowsAskingForTheSameDimension()
    {
        var e = Assert.Throws<ArgumentException>(
            () => DivergenceSummary.Compute(DensityParser.Parse("normal(0,1)"),
                DensityParser.Parse("ring8")));

        Assert.That(e!.Message, Does.Contain("both must have the same dimension"));
    }

    [Test]
    public void Compute_QSupportOutsideP_ReverseKlNamesQInsideP()
    {
        IReadOnlyList<SummaryRow> rows = DivergenceSummary.Compute(
            DensityParser.Parse("uniform(0,2)"), DensityParser.Parse("uniform(1,3)"));
        Dictionary<string, string> methods = rows.ToDictionary(r => r.Key, r => r.Estimate.Method);

        Assert.That(methods["kl_pq"], Does.Contain("the support of P is not inside that of Q"));
        Assert.That(methods["kl_qp"], Does.Contain("the support of Q is not inside that of P"));
    }

    [Test]
    public void Discrete_OneOutcome_MethodSaysOutcomeInTheSingular()
    {
        IReadOnlyList<SummaryRow> rows = DivergenceSummary.Discrete([1.0], [1.0]);

        Assert.That(rows[0].Estimate.Method, Does.EndWith("over 1 outcome"));
    }

    [Test]
    public void Discrete_IssueVectors_MatchReferences()
    {
        Dictionary<string, double> values = DivergenceSummary.Discrete([0.3, 0.3, 0.4], [0.5, 0.5,
            0.0])
            .ToDictionary(r => r.Key, r => r.Estimate.Value);

        Assert.That(values["jsd"], Is.EqualTo(0.16389659003355966).Within(1e-16));
        Assert.That(values["kl_pq"], Is.EqualTo(double.PositiveInfinity));
        Assert.That(values["c_of_g"], Is.EqualTo(-Math.Log(4)
            + (2 * 0.16389659003355966)).Within(1e-15));
    }
}
