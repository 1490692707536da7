namespace GanTheory.Adversarial.Training;

/// <summary>
/// Seeding for reproducible, resumable runs. libtorch's generator is seeded once, before the
/// networks are built (it only draws their initial weights); every later random draw comes from
/// a <see cref="Random"/> made afresh for each (seed, step, stream) triple, so a run resumed at
/// step t draws exactly what an uninterrupted run draws from step t on, with no generator state
/// to save.
/// </summary>
public static class RandomStreams
{
    /// <summary>Seeds libtorch's global generator (initial weights, libtorch-side
    /// sampling).</summary>
    public static void SeedTorch(int seed)
    {
        TorchSharp.torch.random.manual_seed(seed);
    }

    /// <summary>
    /// A generator for one step of one stream, seeded by mixing the three numbers with
    /// SplitMix64 (Steele, Lea and Flood 2014), so neighbouring steps get unrelated seeds.
    /// </summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="step">The step number, >= 0.</param>
    /// <param name="stream">Which consumer (training, evaluation, ...), so they never share
    /// draws.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is
    /// negative.</exception>
    public static Random ForStep(int seed, long step, int stream)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ulong mixed = Mix((ulong)(uint)seed);
        mixed = Mix(mixed ^ (ulong)step);
        mixed = Mix(mixed ^ (ulong)(uint)stream);
        return new Random((int)(mixed >> 33));
    }

    private static ulong Mix(ulong x)
    {
        // SplitMix64's finaliser: a bijection on 64-bit words with full avalanche.
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
