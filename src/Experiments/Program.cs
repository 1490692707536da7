using GanTheory.Experiments.Cli;

return CommandLine.Run(args);
