using GanTheory.Mnist.Data;
using GanTheory.Mnist.Figures;

namespace GanTheory.Mnist.Tests;

[TestFixture]
[NonParallelizable]
public sealed class NearestNeighboursTests
{
    [Test]
    public void Find_HandPlacedPoints_ReturnsClosestBySquaredDistance()
    {
        // References (0,0), (1,0), (0,1) in a 1 x 2 image; queries near each, in another order.
        ImageSet references = new([0f, 0f, 1f, 0f, 0f, 1f], 1, 2);
        ImageSet queries = new([0.1f, 0.9f, 0.8f, 0.1f, 0.2f, 0.2f], 1, 2);

        int[] nearest = NearestNeighbours.Find(queries, references);

        Assert.That(nearest, Is.EqualTo(new[] { 2, 1, 0 }));
    }

    [Test]
    public void Find_DifferentImageSizes_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NearestNeighbours.Find(
            new ImageSet([0f, 0f], 1, 2), new ImageSet([0f], 1, 1)));
    }
}
