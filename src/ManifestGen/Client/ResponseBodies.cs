using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ManifestGen.Client;

/// <summary>Reads an answer's body whole, up to a limit, so a runaway or hostile answer cannot take all memory.</summary>
internal static class ResponseBodies
{
    /// <summary>
    /// The most bytes read from one answer: far above the largest the protocol gives (a page of 5,000 failed rows
    /// with their metadata and attachments) and far below what would exhaust memory.
    /// </summary>
    public const int MaxBytes = 128 * 1024 * 1024;

    public static async Task<string> ReadAsync(HttpContent content, string operation, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxBytes)
        {
            throw TooLarge(operation, content.Headers.ContentLength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes");
        }

        using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        byte[] block = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(block, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge(operation, "more than " + MaxBytes + " bytes");
            }

            buffer.Write(block, 0, read);
        }

        // JSON is UTF-8 (RFC 8259); a byte order mark is not content.
        byte[] bytes = buffer.GetBuffer();
        int start = buffer.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, (int)buffer.Length - start);
    }

    private static LabelboxRequestException TooLarge(string operation, string size) =>
        new(LabelboxErrorKind.UnexpectedResponse, "Labelbox " + operation + " answered with " + size + ", over the " + MaxBytes / (1024 * 1024) + " MB an answer may have;"
            + " check LabelboxClientOptions.Endpoint and any proxy between.");
}
