using System.Diagnostics;
using static System.FormattableString;
using GanTheory.Adversarial.IO;
using GanTheory.Adversarial.Training;
using GanTheory.Experiments.Plotting;
using GanTheory.Experiments.Reporting;

namespace GanTheory.Experiments.Convergence;

/// <summary>
/// `run convergence`: trains the 1-D toy GAN with Algorithm 1 and, every few hundred steps,
/// measures it against the theory (JSD, C(G), V(G, D), D against D* and 1/2), writing the run
/// folder as it goes so that an interrupted run can be resumed exactly.
/// </summary>
internal static class ConvergenceRun
{
    /// <summary>Starts a new run in <paramref name="folder"/>.</summary>
    /// <exception cref="IOException">The folder already holds a run (a checkpoint).</exception>
    /// <exception cref="TrainingDivergedException">A loss or network output became NaN or
    /// infinite; the log says so and the last good checkpoint is kept.</exception>
    public static ConvergenceOutcome Start(
        ConvergenceConfig config, RunFolder folder, IProgressSink progress,
            CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(folder);
        config.Validate();
        if (File.Exists(folder.Checkpoint))
        {
            throw new IOException(
                $"--out: '{folder.Path}' already holds a run; resume it with --resume or choose "
                    + "another --out");
        }

        // A folder with a config but no checkpoint is what a run that died before its first
        // checkpoint leaves: there is nothing to resume, so it is reused rather than a dead end.
        bool reused = File.Exists(folder.Config);
        Directory.CreateDirectory(folder.Path);
        AtomicFile.WriteAllText(folder.Config, RunJson.Serialize(config));
        File.Delete(folder.Log);
        if (reused)
        {
            new RunLog(folder.Log, progress).Write(
                $"reusing {folder.Path}: it held a config but no checkpoint (an earlier run "
                + "stopped before its first checkpoint)");
        }
        var state = new ConvergenceCheckpointState(config, 0, 0, 0);
        return ExecuteLogged(state, folder, resume: false, progress, cancel);
    }

    /// <summary>Continues the run in <paramref name="folder"/> from its last checkpoint.</summary>
    /// <exception cref="FileNotFoundException">The folder has no checkpoint.</exception>
    /// <exception cref="TrainingDivergedException">As in <see cref="Start"/>.</exception>
    public static ConvergenceOutcome Resume(
        RunFolder folder, IProgressSink progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!File.Exists(folder.Checkpoint))
        {
            throw new FileNotFoundException(
                $"'{folder.Path}' has no checkpoint.bin to resume from", folder.Checkpoint);
        }

        // The checkpoint's JSON holds the config the networks are built from; their weights
        // and the optimisers' state are restored in Execute.
        (long savedStep, string json) = TrainingCheckpoint.ReadHeader(folder.Checkpoint);
        ConvergenceCheckpointState state =
            RunJson.Deserialize<ConvergenceCheckpointState>(json, folder.Checkpoint);
        if (savedStep >= state.Config.Steps && File.Exists(folder.Summary))
        {
            // Running the evaluation again would only overwrite the timings with a few
            // milliseconds: report the run as it is and change nothing.
            progress.Message(Invariant($"{folder.Path} is already complete ({savedStep} of ")
                + Invariant($"{state.Config.Steps} steps); nothing to resume"));
            ConvergenceSummary summary = RunJson.Deserialize<ConvergenceSummary>(
                File.ReadAllText(folder.Summary), folder.Summary);
            return new ConvergenceOutcome(folder, summary, savedStep);
        }
        return ExecuteLogged(state, folder, resume: true, progress, cancel);
    }

    /// <summary><see cref="Execute"/>, recording a divergence in the log before it
    /// propagates (the command prints it as one line).</summary>
    private static ConvergenceOutcome ExecuteLogged(
        ConvergenceCheckpointState state, RunFolder folder, bool resume, IProgressSink progress,
        CancellationToken cancel)
    {
        try
        {
            return Execute(state, folder, resume, progress, cancel);
        }
        catch (TrainingDivergedException e)
        {
            // Checkpoints are written only after an evaluation succeeds, so the one on disk
            // (if any) predates the non-finite values.
            string kept = File.Exists(folder.Checkpoint)
                ? Invariant($"checkpoint.bin keeps the last good state, step ")
                    + Invariant($"{TrainingCheckpoint.ReadHeader(folder.Checkpoint).Step}")
                : "no checkpoint was written";
            new RunLog(folder.Log, SilentProgress.Instance).Write($"{e.Message}; {kept}");
            throw;
        }
    }

    private static ConvergenceOutcome Execute(
        ConvergenceCheckpointState state, RunFolder folder, bool resume, IProgressSink progress,
        CancellationToken cancel)
    {
        ConvergenceConfig config = state.Config;
        config.Validate();
        TorchSharp.torch.set_num_threads(config.Threads);
        var log = new RunLog(folder.Log, progress);
        var clock = Stopwatch.StartNew();
        TimeSpan cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        TimeSpan evaluationTime = TimeSpan.Zero;

        using var gan = new ToyGan(config, ToyTargets.Density(config.Target));
        long startStep = 0;
        List<CheckpointMetrics> rows = [];
        if (resume)
        {
            (startStep, _) = gan.Load(folder.Checkpoint);

            // Rows after the checkpoint (written just before an interruption) are measured again.
            rows = [.. MetricsCsv.Read(folder.Metrics).Where(r => r.Step <= startStep)];
            log.Write(Invariant($"resuming {folder.Path} at step {startStep} of {config.Steps}"));
        }
        else
        {
            log.Write(Invariant($"run folder {folder.Path}"));
        }
        log.Write(Describe(config, gan));
        progress.Start(config.Steps, startStep);

        GeneratorSnapshot? lastSnapshot = null;
        double lossD = state.DiscriminatorLossSum;
        double lossG = state.GeneratorLossSum;
        int lossCount = state.LossCount;

        // The starting point, so the curves begin at the untrained networks.
        if (rows.Count == 0)
        {
            (CheckpointMetrics first, lastSnapshot, TimeSpan spent) =
                Evaluate(gan, config, 0, 0, 0, 0);
            evaluationTime += spent;
            rows.Add(first);
            MetricsCsv.Write(folder.Metrics, rows);
            log.Write(Format(first, config.Steps));
        }

        long step = startStep;
        var intervalClock = Stopwatch.StartNew();
        long intervalStart = step;
        while (step < config.Steps)
        {
            if (cancel.IsCancellationRequested)
            {
                SaveCheckpoint(gan, folder, step, state with
                {
                    DiscriminatorLossSum = lossD, GeneratorLossSum = lossG, LossCount = lossCount,
                });
                log.Write(Invariant($"interrupted at step {step}; checkpoint saved. ")
                    + "Continue with: "
                    + Invariant($"experiments run convergence --resume \"{folder.Path}\""));
                return new ConvergenceOutcome(folder, null, step);
            }

            AdversarialStepResult result = gan.Step(step);
            if (!double.IsFinite(result.GeneratorLoss)
                || !double.IsFinite(result.LastDiscriminatorStep.Loss))
            {
                throw new TrainingDivergedException(step + 1, "non-finite loss");
            }
            lossD += result.LastDiscriminatorStep.Loss;
            lossG += result.GeneratorLoss;
            lossCount++;
            step++;
            progress.Report(step);

            if (step % config.CheckpointEvery == 0 || step == config.Steps)
            {
                double msPerStep = intervalClock.Elapsed.TotalMilliseconds / (step - intervalStart);
                (CheckpointMetrics row, lastSnapshot, TimeSpan spent) = Evaluate(
                    gan, config, step, lossD / lossCount, lossG / lossCount,
                        gan.LearningRateAt(step - 1));
                evaluationTime += spent;
                rows.Add(row);
                lossD = lossG = 0;
                lossCount = 0;

                MetricsCsv.Write(folder.Metrics, rows);
                SaveCheckpoint(gan, folder, step, state with
                {
                    DiscriminatorLossSum = 0, GeneratorLossSum = 0, LossCount = 0,
                });
                log.Write(Format(row, config.Steps) + Invariant($"  {msPerStep:F1} ms/step"));
                intervalClock.Restart();
                intervalStart = step;
            }
        }

        lastSnapshot ??= gan.Snapshot(config.NoiseGridPoints);
        ConvergencePlots.SaveConvergence(folder.ConvergenceFigure, rows);
        ConvergencePlots.SaveDensities(folder.DensitiesFigure, lastSnapshot, step);

        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds;
        var summary = new ConvergenceSummary(
            gan.Data.ToString() ?? config.Target.ToString(), step, config.Seed, rows[0], rows[^1],
            TheoryChecks.Assess(rows), clock.Elapsed.TotalSeconds, cpu,
                evaluationTime.TotalSeconds);
        AtomicFile.WriteAllText(folder.Summary, RunJson.Serialize(summary));
        // After a resume the timings cover this session only, not the whole run.
        string session = resume ? "; this session:" : " in";
        log.Write(Invariant($"finished {step} steps{session} {summary.WallSeconds:F1} s wall, ")
            + Invariant($"{summary.CpuSeconds:F1} s CPU ({summary.EvaluationSeconds:F1} s in ")
            + "evaluations)");
        log.Write(Invariant($"wrote {folder.Metrics}, {folder.Summary}, ")
            + Invariant($"{folder.ConvergenceFigure}, ")
            + Invariant($"{folder.DensitiesFigure}"));
        return new ConvergenceOutcome(folder, summary, step);
    }

    private static (CheckpointMetrics Row, GeneratorSnapshot Snapshot, TimeSpan Spent) Evaluate(
        ToyGan gan, ConvergenceConfig config, long step, double lossD, double lossG, double rate)
    {
        var clock = Stopwatch.StartNew();
        GeneratorSnapshot snapshot;
        CheckpointEvaluator.Result exact;
        try
        {
            snapshot = gan.Snapshot(config.NoiseGridPoints);
            exact = CheckpointEvaluator.Evaluate(snapshot);
        }
        catch (NotFiniteNumberException e)
        {
            throw new TrainingDivergedException(step, "non-finite generator output", e);
        }
        catch (ArithmeticException e)
        {
            // The quadrature refuses NaN integrands: with a finite p_g, D is the culprit.
            throw new TrainingDivergedException(step, "non-finite discriminator output", e);
        }
        MonteCarloValue.Result sampled = MonteCarloValue.Estimate(
            gan.Data, gan.Generator, gan.Discriminator, config.MonteCarloSamples,
            RandomStreams.ForStep(config.Seed, step, ToyGan.EvaluationStream));

        var row = new CheckpointMetrics(
            step, rate, exact.Jsd.Value, exact.Jsd.ErrorEstimate, exact.Criterion.Value,
            exact.Value.Value, sampled.Value, sampled.StandardError, exact.OptimalError.Value,
            exact.HalfError.Value, sampled.MeanRealScore, sampled.MeanFakeScore, lossD, lossG);
        return (row, snapshot, clock.Elapsed);
    }

    private static void SaveCheckpoint(
        ToyGan gan, RunFolder folder, long step, ConvergenceCheckpointState state)
    {
        gan.Save(folder.Checkpoint, step, RunJson.Serialize(state));
    }

    private static string Describe(ConvergenceConfig config, ToyGan gan)
    {
        Version? torch = typeof(TorchSharp.torch).Assembly.GetName().Version;
        return Invariant($"target {gan.Data}, {config.Steps} steps, ")
            + Invariant($"k = {config.DiscriminatorSteps}, batch {config.BatchSize}, ")
            + Invariant($"{Word(config.Loss)} loss, {Word(config.Optimizer)} ")
            + Invariant($"lr {config.LearningRate:G3} ({Word(config.Schedule)}), ")
            + Invariant($"seed {config.Seed}, TorchSharp {torch} on CPU, ")
            + Invariant($"{config.Threads} thread(s)");
    }

    private static string Format(CheckpointMetrics row, int steps)
    {
        return Invariant($"step {row.Step,6}/{steps}  JSD {row.Jsd:F5}  ")
            + Invariant($"C(G) {row.CriterionOfG:F4}  ")
            + Invariant($"V(G,D) {row.ValueMonteCarlo:F4} ± {row.ValueStandardError:F4}  ")
            + Invariant($"|D-D*| {row.OptimalDiscriminatorError:F3}  ")
            + Invariant($"|D-1/2| {row.HalfDiscriminatorError:F3}");
    }

    private static string Word<T>(T value)
        where T : struct, Enum
    {
        return System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
    }
}
