using GanTheory.Divergences.Calculator;
using GanTheory.Divergences.Densities;

namespace GanTheory.Divergences.Tests.Calculator;

public sealed class DensityParserTests
{
    [Test]
    public void Parse_Normal_ReadsMeanAndStandardDeviation()
    {
        ParsedDensity parsed = DensityParser.Parse(" normal( -2.5 , 1e-3 ) ");

        var normal = (Normal)parsed.Univariate!;
        Assert.That(normal.Mean, Is.EqualTo(-2.5));
        Assert.That(normal.StandardDeviation, Is.EqualTo(0.001));
    }

    [Test]
    public void Parse_MixtureOfNormals_ReadsWeightsAndComponents()
    {
        ParsedDensity parsed = DensityParser.Parse("mixture(0.3*normal(-2,0.5), 0.7*normal(1,1))");
        var mixture = (Mixture)parsed.Univariate!;

        Assert.That(mixture.Weights, Is.EqualTo(new[] { 0.3, 0.7 }));
        Assert.That(((Normal)mixture.Components[0]).StandardDeviation, Is.EqualTo(0.5));
    }

    [Test]
    public void Parse_BivariateForms_BuildTheRightDensities()
    {
        var normal2 = (BivariateNormal)DensityParser.Parse("normal2(1,-0.5,2,0.6,0.5)").Bivariate!;
        var ring = (BivariateMixture)DensityParser.Parse("ring8").Bivariate!;
        var wideRing = (BivariateMixture)DensityParser.Parse("ring8(2, 0.1)").Bivariate!;
        var grid = (BivariateMixture)DensityParser.Parse("grid25").Bivariate!;
        var box = (UniformBox)DensityParser.Parse("box(0,1,0,2)").Bivariate!;

        Assert.That(normal2.Sxy, Is.EqualTo(0.6));
        Assert.That(ring.Components, Has.Count.EqualTo(8));
        Assert.That(((BivariateNormal)wideRing.Components[0]).MeanX, Is.EqualTo(2.0));
        Assert.That(grid.Components, Has.Count.EqualTo(25));
        Assert.That(box.Area, Is.EqualTo(2.0));
    }

    [TestCase("normal(0,1", 10, "expected ',' or ')'")]
    [TestCase("normal(0;1)", 8, "expected ',' or ')'")]
    [TestCase("normal(0,x)", 9, "expected a number")]
    [TestCase("norml(0,1)", 0, "unknown density 'norml'")]
    [TestCase("normal(0,1,2)", 11, "normal takes 2 arguments")]
    [TestCase("normal(0,-1)", 9, "standardDeviation = -1 must be finite and > 0")]
    [TestCase("uniform(1,0)", 10, "upper = 0 must be > lower")]
    [TestCase("normal(0,1) x", 12, "unexpected 'x'")]
    [TestCase("mixture(0.3*normal(0,1), 0.6*normal(1,1))", 0, "they sum to 0.8999999999999999")]
    [TestCase("mixture(0.5*normal(0,1), 0.5*ring8)", 29, "must all be 1-D")]
    [TestCase("mixture(0.5 normal(0,1))", 12, "expected '*'")]
    [TestCase("normal2(0,0,1,1,1)", 14, "positive definite")]
    [TestCase("normal(1e,1)", 9, "exponent")]
    public void Parse_Error_PointsAtTheWrongCharacter(string text, int position, string message)
    {
        var ex = Assert.Throws<DensitySyntaxException>(() => DensityParser.Parse(text));

        Assert.That(ex!.Position, Is.EqualTo(position));
        Assert.That(ex.Message, Does.Contain(message));
        Assert.That(ex.Caret(), Is.EqualTo(text + "\n" + new string(' ', position) + "^"));
    }

    [Test]
    public void ParseVector_BracketedList_ReadsEntries()
    {
        Assert.That(DensityParser.ParseVector("[0.3, 0.3,0.4]"), Is.EqualTo(new[] { 0.3, 0.3,
            0.4 }));
        Assert.That(DensityParser.ParseVector("0.5,0.5"), Is.EqualTo(new[] { 0.5, 0.5 }));
    }

    [TestCase("[0.5,0.5", 8)]
    [TestCase("[0.5,,0.5]", 5)]
    [TestCase("[0.5,0.5]]", 9)]
    public void ParseVector_Error_PointsAtTheWrongCharacter(string text, int position)
    {
        var ex = Assert.Throws<DensitySyntaxException>(() => DensityParser.ParseVector(text));

        Assert.That(ex!.Position, Is.EqualTo(position));
    }

    [Test]
    public void Parse_NegativeMixtureWeight_NamesValueAndPositionAndPointsAtIt()
    {
        const string Text = "mixture(0.5*normal(0,1), -0.5*normal(1,1))";

        var e = Assert.Throws<DensitySyntaxException>(() => DensityParser.Parse(Text));

        Assert.That(e!.Message, Does.StartWith("mixture: weight 2 is -0.5; weights must be >= 0"));
        Assert.That(e.Position, Is.EqualTo(Text.IndexOf("-0.5", StringComparison.Ordinal)));
    }

    [Test]
    public void ParseVector_NegativeEntry_NamesValueAndPositionAndPointsAtIt()
    {
        var e = Assert.Throws<DensitySyntaxException>(() => DensityParser.ParseVector("[-0.5,1.5]"));

        Assert.That(e!.Message, Does.StartWith("entry 1 is -0.5; entries must be >= 0"));
        Assert.That(e.Position, Is.EqualTo(1));
    }
}
