using System.IO;
using System.Text;

namespace ManifestGen.Manifests;

/// <summary>
/// Decodes manifest bytes the way the C# compiler decodes additional files: UTF-8 (BOM or not),
/// falling back to Windows-1252 for bytes that are not UTF-8, so the text hashes the same as at
/// build time.
/// </summary>
internal static class ManifestText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        byte[] bytes = buffer.GetBuffer();
        int length = (int)buffer.Length;
        int start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, length - start);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes, 0, length);
        }
    }
}
