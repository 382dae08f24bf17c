using System.Security.Cryptography;
using System.Text;

namespace ManifestGen.Rules.Manifest;

/// <summary>
/// The fingerprint of a manifest's text. The generator writes it into the build; the runtime
/// recomputes it over the embedded resource, so a manifest changed after the build is caught.
/// </summary>
internal static class ContentHash
{
    public static string Compute(string text)
    {
        // A byte order mark is encoding, not content: both sides hash the text without it.
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        byte[] bytes = Encoding.UTF8.GetBytes(text.Substring(start));
        using var sha = SHA256.Create();
        byte[] hash = sha.ComputeHash(bytes);
        var sb = new StringBuilder("sha256:", 7 + (hash.Length * 2));
        foreach (byte b in hash)
        {
            sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
