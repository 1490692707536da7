using GanTheory.Divergences.Search;

namespace GanTheory.Divergences.Tests.Estimators;

[TestFixture]
public sealed class KdTreeTests
{
    [TestCase(1, 1000, 1)]
    [TestCase(1, 1000, 7)]
    [TestCase(2, 2000, 1)]
    [TestCase(2, 2000, 10)]
    [TestCase(3, 1500, 4)]
    [TestCase(5, 800, 3)]
    public void FindNearest_RandomPoints_MatchesBruteForceExactly(int dimension, int n, int k)
    {
        var random = new Random(20261204 + dimension);
        double[] points = RandomCoordinates(random, n * dimension);
        var tree = new KdTree(points, dimension);
        var indices = new int[k];
        var distances = new double[k];

        // Queries: every 10th point of the tree (itself excluded) and fresh random points.
        for (int q = 0; q < 200; q++)
        {
            double[] query = q % 2 == 0
                ? points.AsSpan((q * 5 % n) * dimension, dimension).ToArray()
                : RandomCoordinates(random, dimension);

            int found = tree.FindNearest(query, indices, distances);
            (int[] expectedIndices, double[] expectedDistances) =
                BruteForce(points, dimension, query, k);

            Assert.That(found, Is.EqualTo(k));
            Assert.That(indices, Is.EqualTo(expectedIndices), $"query {q}");
            Assert.That(distances, Is.EqualTo(expectedDistances), $"query {q}");
        }
    }

    [Test]
    public void FindNearest_DuplicatesOfTheQuery_AreSkipped()
    {
        // Points 0, 1 and 3 coincide; from there the next distinct points are 2 then 4.
        double[] points = [0.0, 0.0, 1.0, 0.0, 3.0];
        var tree = new KdTree(points, 1);
        var indices = new int[2];
        var distances = new double[2];

        int found = tree.FindNearest([0.0], indices, distances);

        Assert.That(found, Is.EqualTo(2));
        Assert.That(indices, Is.EqualTo(new[] { 2, 4 }));
        Assert.That(distances, Is.EqualTo(new[] { 1.0, 3.0 }));
    }

    [Test]
    public void FindNearest_FewerDistinctPointsThanK_ReturnsHowManyItFound()
    {
        var tree = new KdTree([5.0, 5.0, 5.0, 6.0], 1);
        var indices = new int[3];
        var distances = new double[3];

        int found = tree.FindNearest([5.0], indices, distances);

        Assert.That(found, Is.EqualTo(1));
        Assert.That(indices[0], Is.EqualTo(3));
        Assert.That(distances[0], Is.EqualTo(1.0));
    }

    [Test]
    public void Constructor_ManyEqualCoordinates_BuildsAndSearchesCorrectly()
    {
        // Half the points share x = 0: selection must split ties without degrading.
        const int N = 4000;
        var points = new double[N, 2];
        var random = new Random(7);
        for (int i = 0; i < N; i++)
        {
            points[i, 0] = i % 2 == 0 ? 0 : random.NextDouble();
            points[i, 1] = random.NextDouble();
        }

        var tree = new KdTree(points);
        var indices = new int[5];
        var distances = new double[5];
        double[] flat = new double[2 * N];
        Buffer.BlockCopy(points, 0, flat, 0, flat.Length * sizeof(double));

        tree.FindNearest([0.0, 0.5], indices, distances);
        (int[] expected, _) = BruteForce(flat, 2, [0.0, 0.5], 5);

        Assert.That(indices, Is.EqualTo(expected));
        Assert.That(tree.Count, Is.EqualTo(N));
        Assert.That(tree[3, 1], Is.EqualTo(points[3, 1]));
    }

    [Test]
    public void Constructor_NaNCoordinate_ThrowsNamingThePoint()
    {
        var points = new double[,] { { 0, 1 }, { double.NaN, 2 } };

        var error = Assert.Throws<ArgumentException>(() => _ = new KdTree(points));

        Assert.That(error!.ParamName, Is.EqualTo("points"));
        Assert.That(error.Message, Does.Contain("point 1, coordinate 0"));
    }

    [Test]
    public void Constructor_BadShapes_Throw()
    {
        Assert.Throws<ArgumentException>(() => _ = new KdTree(new double[0, 2]));
        Assert.Throws<ArgumentException>(() => _ = new KdTree([1.0, 2.0, 3.0], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new KdTree([1.0], 0));
    }

    [Test]
    public void FindNearest_QueryOfWrongDimension_Throws()
    {
        var tree = new KdTree([0.0, 1.0, 2.0, 3.0], 2);

        var error = Assert.Throws<ArgumentException>(
            () => tree.FindNearest([0.0], new int[1], new double[1]));

        Assert.That(error!.ParamName, Is.EqualTo("query"));
    }

    private static double[] RandomCoordinates(Random random, int count)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = (random.NextDouble() * 4) - 2;
        }

        return values;
    }

    /// <summary>The k nearest points at positive distance by sorting all distances.</summary>
    private static (int[] Indices, double[] Distances) BruteForce(
        double[] points, int dimension, double[] query, int k)
    {
        var candidates = new List<(double Squared, int Index)>();
        for (int i = 0; i < points.Length / dimension; i++)
        {
            double squared = 0;
            for (int axis = 0; axis < dimension; axis++)
            {
                double difference = points[(i * dimension) + axis] - query[axis];
                squared += difference * difference;
            }

            if (squared > 0)
            {
                candidates.Add((squared, i));
            }
        }

        candidates.Sort();
        (double Squared, int Index)[] nearest = [.. candidates.Take(k)];
        return (
            [.. nearest.Select(c => c.Index)],
            [.. nearest.Select(c => Math.Sqrt(c.Squared))]);
    }
}
