using GanTheory.Divergences.Measures;
using GanTheory.Experiments.Convergence;
using GanTheory.Experiments.FigureOne;
using GanTheory.Experiments.Plotting;
using GanTheory.Experiments.Reporting;
using GanTheory.Experiments.Tests.Convergence;

namespace GanTheory.Experiments.Tests.FigureOne;

[TestFixture]
[NonParallelizable]
public sealed class FigureOneExperimentTests
{
    private static readonly FigureOneExperiment.Settings Tiny = new(
        TinyConfig.Convergence with { Seed = 4 },
        EarlyStep: 4, DiscriminatorSteps: 6, Iterations: 3);

    [Test]
    public void Run_TinyConfig_GivesFourPanelsAndAFigure()
    {
        string path = Path.Combine(Path.GetTempPath(), $"figure1-{Guid.NewGuid():N}.png");

        IReadOnlyList<FigureOnePanel> panels = FigureOneExperiment.Run(Tiny, SilentProgress.Instance);
        try
        {
            FigureOnePlot.Save(path, panels);

            Assert.That(panels.Select(p => p.Letter), Is.EqualTo("abcd"));
            Assert.That(panels[2].Before, Is.SameAs(panels[1].Snapshot));
            Assert.That(File.ReadAllBytes(path).Take(4), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Panel (b) only trains D, so p_g (and the JSD) of (a) is unchanged.
    [Test]
    public void Run_DiscriminatorOnlySteps_LeaveTheGeneratorAlone()
    {
        IReadOnlyList<FigureOnePanel> panels = FigureOneExperiment.Run(Tiny, SilentProgress.Instance);

        Assert.That(panels[1].Jsd, Is.EqualTo(panels[0].Jsd));
    }

    // The branch for (b) and (c) is undone before (d): (d) is the end of an ordinary run.
    [Test]
    public void Run_FinalPanel_IsTheEndOfAnUninterruptedRun()
    {
        IReadOnlyList<FigureOnePanel> panels = FigureOneExperiment.Run(Tiny, SilentProgress.Instance);

        ConvergenceConfig config = Tiny.Config;
        using var gan = new ToyGan(config, ToyTargets.Density(config.Target));
        for (long step = 0; step < config.Steps; step++)
        {
            gan.Step(step);
        }
        GeneratorSnapshot straight = gan.Snapshot(config.NoiseGridPoints);

        Assert.That(panels[3].Jsd,
            Is.EqualTo(JensenShannon.Compute(straight.Data, straight.Generator).Value).Within(1e-7));
    }
}
