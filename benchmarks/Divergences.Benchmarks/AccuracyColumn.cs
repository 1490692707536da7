using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GanTheory.Divergences.Benchmarks;

/// <summary>
/// Summary columns with |estimate - reference|, the method's reported error and the CPU time
/// per operation for each benchmark case. BenchmarkDotNet times the methods in a child
/// process, so the host recomputes each case here: same seeds and parameters, hence the same
/// value as the timed run. CPU time is reported because wall time on a shared machine grows
/// with the load of other processes while CPU time barely does.
/// </summary>
public sealed class AccuracyColumn : IColumn
{
    /// <summary>|estimate - reference| in nats.</summary>
    public static readonly IColumn AbsoluteError = new AccuracyColumn(
        "|Est-Ref|", "|estimate - reference|, nats", r => r.Accuracy.AbsoluteError);

    /// <summary>The method's own error: standard error or quadrature error estimate.</summary>
    public static readonly IColumn ReportedError = new AccuracyColumn(
        "Reported", "standard error (estimators) or error estimate (quadrature), nats",
        r => r.Accuracy.ReportedError);

    /// <summary>Process CPU time per operation in the host, milliseconds.</summary>
    public static readonly IColumn CpuTime = new AccuracyColumn(
        "CPU ms/op", "process CPU time per operation in the host (all threads), ms",
        r => r.CpuMilliseconds, "0.000");

    private static readonly ConcurrentDictionary<string, CaseRecord> Records = new();

    private readonly Func<CaseRecord, double> _select;
    private readonly string _format;

    private AccuracyColumn(
        string name, string legend, Func<CaseRecord, double> select, string format = "0.0E+0")
    {
        _format = format;
        ColumnName = name;
        Legend = legend;
        _select = select;
    }

    public string Id => nameof(AccuracyColumn) + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        CaseRecord record = Records.GetOrAdd(benchmarkCase.DisplayInfo, _ => Run(benchmarkCase));
        return _select(record).ToString(_format, CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    /// <summary>
    /// Creates the benchmark object, sets its parameters, runs its setup, measures the accuracy
    /// and then the CPU time per operation.
    /// </summary>
    private static CaseRecord Run(BenchmarkCase benchmarkCase)
    {
        Type type = benchmarkCase.Descriptor.Type;
        object instance = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"cannot create {type.Name}");
        foreach (ParameterInstance parameter in benchmarkCase.Parameters.Items)
        {
            type.GetProperty(parameter.Name)?.SetValue(instance, parameter.Value);
        }

        foreach (MethodInfo setup in type.GetMethods()
            .Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        if (instance is not IAccuracyMeasured measured)
        {
            throw new InvalidOperationException(
                $"{type.Name} does not implement {nameof(IAccuracyMeasured)}");
        }

        // A first round lets tiered compilation reach optimised code; only the second counts.
        string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        AccuracyRecord accuracy = measured.Measure(method);
        Action operation = () => measured.Measure(method);
        CpuMillisecondsPerOperation(operation);
        return new CaseRecord(accuracy, CpuMillisecondsPerOperation(operation));
    }

    /// <summary>
    /// Repeats the operation until the process has used at least 250 ms of CPU (the clock
    /// behind TotalProcessorTime ticks in milliseconds to 10 ms) and divides.
    /// </summary>
    private static double CpuMillisecondsPerOperation(Action operation)
    {
        for (int repetitions = 1; ; repetitions *= 4)
        {
            TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;
            for (int i = 0; i < repetitions; i++)
            {
                operation();
            }

            TimeSpan used = Process.GetCurrentProcess().TotalProcessorTime - start;
            if (used.TotalMilliseconds >= 250 || repetitions >= 1 << 20)
            {
                return used.TotalMilliseconds / repetitions;
            }
        }
    }

    /// <summary>What the columns show for one benchmark case.</summary>
    private readonly record struct CaseRecord(AccuracyRecord Accuracy, double CpuMilliseconds);
}
