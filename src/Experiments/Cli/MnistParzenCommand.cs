using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GanTheory.Mnist.Data;
using GanTheory.Mnist.Evaluation;

namespace GanTheory.Experiments.Cli;

/// <summary>
/// `experiments mnist parzen`: the Parzen-window estimator on any IDX files, so samples of other
/// models can be scored the same way.
/// </summary>
internal static class MnistParzenCommand
{
    public static Command Create()
    {
        Option<string> samples = new("--samples")
        {
            Description = "IDX images used as kernel centres (bytes scaled by 1/255, or float32)",
            Required = true,
            HelpName = "FILE",
        };
        Option<string?> validation = new("--validation")
        {
            Description = "IDX images that choose sigma from 10 values on [0.1, 1] (the first "
                + "--validation-count are used); needed unless --sigma is given",
            HelpName = "FILE",
        };
        Option<string> test = new("--test")
        {
            Description = "IDX images whose mean log-likelihood is reported",
            Required = true,
            HelpName = "FILE",
        };
        Option<double?> sigma = new("--sigma")
        {
            Description = "A fixed kernel width instead of the grid",
        };
        Option<int> validationCount = new("--validation-count")
        {
            Description = "Validation images used to choose sigma",
            DefaultValueFactory = _ => RunEvaluation.ValidationCount,
        };
        Option<bool> json = new("--json")
        {
            Description = "Print one JSON object {sigma, mean_log_likelihood, standard_error}",
        };
        Command parzen = new("parzen",
            "Gaussian Parzen-window log-likelihood (nats) of test images under kernels on samples, "
            + "sigma fixed or chosen on validation images; prints sigma, mean and standard error.")
        {
            samples, validation, test, sigma, validationCount, json,
        };
        parzen.SetAction(parsed => Run(
            parsed.GetValue(samples)!, parsed.GetValue(validation), parsed.GetValue(test)!,
            parsed.GetValue(sigma), parsed.GetValue(validationCount), parsed.GetValue(json)));
        return parzen;
    }

    private static int Run(
        string samplesPath, string? validationPath, string testPath, double? sigma, int count, bool json)
    {
        if (sigma is double s && !(double.IsFinite(s) && s > 0))
        {
            Console.Error.WriteLine($"error: --sigma must be finite and > 0, got {s}");
            return CommandLine.UsageError;
        }
        if (sigma is null && validationPath is null)
        {
            Console.Error.WriteLine("error: give --validation (to choose sigma) or --sigma");
            return CommandLine.UsageError;
        }
        if (count <= 0)
        {
            Console.Error.WriteLine($"error: --validation-count must be > 0, got {count}");
            return CommandLine.UsageError;
        }

        try
        {
            ImageSet samples = IdxReader.ReadImages(samplesPath);
            ImageSet test = IdxReader.ReadImages(testPath);
            ParzenResult result = sigma is double fixedSigma
                ? ParzenWindow.Evaluate(samples, test, fixedSigma)
                : ParzenWindow.Evaluate(samples, IdxReader.ReadImages(validationPath!).Take(count),
                    test, ParzenWindow.SigmaGrid());

            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, double>
                {
                    ["sigma"] = result.Sigma,
                    ["mean_log_likelihood"] = result.MeanLogLikelihood,
                    ["standard_error"] = result.StandardError,
                }));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sigma {result.Sigma:G6}  mean log-likelihood {result.MeanLogLikelihood:F2} nats"
                    + $"  standard error {result.StandardError:F2}  ({result.TestCount} test images, "
                    + $"{result.CentreCount} samples)"));
            }
            return 0;
        }
        catch (Exception error) when (error is InvalidDataException or IOException
            or ArgumentOutOfRangeException)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return 1;
        }
    }
}
