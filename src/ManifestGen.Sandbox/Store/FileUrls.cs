using System;

namespace ManifestGen.Sandbox.Store;

/// <summary>The URLs of uploaded files: <c>{base}/files/{id}/{filename}</c>.</summary>
internal static class FileUrls
{
    public const string PathPrefix = "/files/";

    public static string Make(Uri baseAddress, string id, string fileName) =>
        new Uri(baseAddress, PathPrefix + id + "/" + Uri.EscapeDataString(fileName)).AbsoluteUri;

    /// <summary>The file a URL handed out by this sandbox points at; null for any other URL.</summary>
    public static StoredFile? Resolve(SandboxState state, string url)
    {
        // Most row_data are other hosts' URLs: those are told apart without parsing a Uri.
        if (!url.Contains(PathPrefix, StringComparison.Ordinal) || !Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || !uri.AbsolutePath.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        string rest = uri.AbsolutePath.Substring(PathPrefix.Length);
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        StoredFile? file = state.FindFile(slash < 0 ? rest : rest.Substring(0, slash));
        return file is not null && string.Equals(uri.GetLeftPart(UriPartial.Path), file.Url, StringComparison.Ordinal) ? file : null;
    }
}
