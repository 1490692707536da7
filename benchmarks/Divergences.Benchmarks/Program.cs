using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using GanTheory.Divergences.Benchmarks;

// A short job (one launch, 2 warm-up and 5 measured iterations) keeps the whole run to a few
// minutes; the estimators take milliseconds to a second, so 5 iterations resolve them well.
Job shortJob = Job.Default
    .WithLaunchCount(1)
    .WithWarmupCount(2)
    .WithIterationCount(5)
    .WithId("Short");

IConfig config = DefaultConfig.Instance
    .AddJob(shortJob)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(AccuracyColumn.AbsoluteError, AccuracyColumn.ReportedError, AccuracyColumn.CpuTime)
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(
        BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));

BenchmarkSwitcher.FromAssembly(typeof(AccuracyColumn).Assembly).Run(args, config);
