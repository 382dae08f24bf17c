using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ManifestGen.Tests.Preflight;

public sealed class LocalFilePreflightTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mg-preflight-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed class SyncProgress(System.Collections.Generic.List<int> counts) : IProgress<int>
    {
        public void Report(int value) => counts.Add(value);
    }

    internal static void WriteImages(string dir, params string[] names)
    {
        foreach (string name in names)
        {
            using var image = new Image<Rgba32>(3, 2);
            string path = Path.Combine(dir, name);
            switch (Path.GetExtension(name))
            {
                case ".png": image.SaveAsPng(path); break;
                case ".bmp": image.SaveAsBmp(path); break;
                case ".gif": image.SaveAsGif(path); break;
                default: image.SaveAsJpeg(path); break;
            }
        }
    }

    [Fact]
    public async Task RealImages_Pass_ByContentNotExtension()
    {
        WriteImages(_dir, "a.png", "b.jpg", "c.bmp");
        File.Copy(Path.Combine(_dir, "a.png"), Path.Combine(_dir, "png-named.jpg"));
        var counts = new System.Collections.Generic.List<int>();

        var problems = await LocalFilePreflight.CheckAsync(new[] { "a.png", "b.jpg", "c.bmp", "png-named.jpg" }.Select(n => Path.Combine(_dir, n)), new SyncProgress(counts));

        Assert.Empty(problems);
        Assert.Equal(new[] { 1, 2, 3, 4 }, counts);
    }

    [Fact]
    public async Task AFileOver256MB_IsAnError_BeforeItIsRead()
    {
        string path = Path.Combine(_dir, "huge.jpg");
        using (FileStream file = File.Create(path))
        {
            file.SetLength(256L * 1024 * 1024 + 1); // sparse: no 256 MB written
        }

        PreflightProblem problem = Assert.Single(await LocalFilePreflight.CheckFileAsync(path));

        Assert.Equal((ProblemSeverity.Error, "The file is 268435457 bytes; Labelbox takes direct uploads of at most 256 MB. Host it and use an https URL instead."),
            (problem.Severity, problem.Message));
    }

    [Fact]
    public async Task AFileAnotherProgramHolds_IsAnErrorForThatFile_NotAnException()
    {
        WriteImages(_dir, "held.png", "free.png");
        string held = Path.Combine(_dir, "held.png");
        using FileStream holder = new(held, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var problems = await LocalFilePreflight.CheckAsync(new[] { held, Path.Combine(_dir, "free.png") });

        PreflightProblem problem = Assert.Single(problems);
        Assert.Equal((held, ProblemSeverity.Error), (problem.Path, problem.Severity));
        Assert.StartsWith("The file could not be read (", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("); check that no other program holds it and that it may be read.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextNamedJpg_Missing_AndGif_AreErrors()
    {
        File.WriteAllText(Path.Combine(_dir, "fake.jpg"), "this is not an image");
        WriteImages(_dir, "anim.gif");

        var problems = await LocalFilePreflight.CheckAsync(new[] { "fake.jpg", "missing.png", "anim.gif" }.Select(n => Path.Combine(_dir, n)));

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Error, p.Severity));
        Assert.Contains("not a JPG, PNG or BMP", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("Gif", problems[2].Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OverNineThousandPixels_IsAWarning()
    {
        string path = Path.Combine(_dir, "wide.png");
        using (var image = new Image<L8>(9001, 1))
        {
            await image.SaveAsPngAsync(path);
        }

        var problem = Assert.Single(await LocalFilePreflight.CheckFileAsync(path));

        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("9001×1", problem.Message, StringComparison.Ordinal);
    }
}
