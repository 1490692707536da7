using TorchSharp;

namespace GanTheory.Mnist.Tests;

/// <summary>
/// Runs every test of this assembly on one libtorch thread: the tensors here are tiny, and on a
/// shared machine two OpenMP threads spin-wait on each other and make tests several times slower.
/// </summary>
[SetUpFixture]
public sealed class TorchThreads
{
    [OneTimeSetUp]
    public void UseOneThread()
    {
        torch.set_num_threads(1);
    }
}
