using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ManifestGen.Benchmarks.ManifestCorpus).Assembly).Run(args);
