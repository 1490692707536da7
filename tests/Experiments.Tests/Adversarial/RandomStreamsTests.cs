using GanTheory.Adversarial.Training;

namespace GanTheory.Experiments.Tests.Adversarial;

[TestFixture]
public sealed class RandomStreamsTests
{
    [Test]
    public void ForStep_SameTriple_GivesSameDraws()
    {
        Assert.That(Draws(RandomStreams.ForStep(5, 123, 0)),
            Is.EqualTo(Draws(RandomStreams.ForStep(5, 123, 0))));
    }

    [TestCase(5, 124, 0)]
    [TestCase(6, 123, 0)]
    [TestCase(5, 123, 1)]
    public void ForStep_AnyChangedPart_GivesOtherDraws(int seed, long step, int stream)
    {
        Assert.That(Draws(RandomStreams.ForStep(seed, step, stream)),
            Is.Not.EqualTo(Draws(RandomStreams.ForStep(5, 123, 0))));
    }

    private static double[] Draws(Random random) => [.. Enumerable.Range(0, 4).Select(_ => random.NextDouble())];
}
