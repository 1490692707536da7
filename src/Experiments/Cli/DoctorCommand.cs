using System.CommandLine;
using System.Runtime.InteropServices;
using TorchSharp;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// `experiments doctor`: checks that libtorch loads and computes, and prints what a bug report
/// needs (runtime, TorchSharp version, threads).
/// </summary>
internal static class DoctorCommand
{
    public static Command Create()
    {
        Command doctor = new("doctor", "Check that TorchSharp loads and print the runtime setup.");
        doctor.SetAction(_ => Run());
        return doctor;
    }

    private static int Run()
    {
        Console.WriteLine($".NET        {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"OS          {RuntimeInformation.OSDescription}");
        Console.WriteLine($"TorchSharp  {typeof(torch).Assembly.GetName().Version}");
        Console.WriteLine($"threads     {torch.get_num_threads()}");

        // A 2x2 product with a known answer proves the native library computes, not just loads.
        using torch.Tensor a = torch.tensor(new float[] { 1, 2, 3, 4 }).reshape(2, 2);
        using torch.Tensor product = a.matmul(a);
        float[] values = product.data<float>().ToArray();
        bool correct = values.SequenceEqual(new float[] { 7, 10, 15, 22 });
        Console.WriteLine($"libtorch    {(correct ? "ok" : "WRONG RESULT")}");
        return correct ? 0 : 1;
    }
}
