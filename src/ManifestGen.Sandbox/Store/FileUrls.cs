using System;

namespace ManifestGen.Sandbox.Store;

/// <summary>The URLs of uploaded files: <c>{base}/files/{id}/{filename}</c>.</summary>
internal static class FileUrls
{
    public const string PathPrefix = "/files/";

    public static string Make(Uri baseAddress, string id, string fileName) =>
        new Uri(baseAddress, PathPrefix + id + "/" + Uri.EscapeDataString(fileName)).AbsoluteUri;

    /// <summary>The file a URL handed out by this sandbox points at; null for any other URL.</summary>
    public static StoredFile? Resolve(SandboxState state, ReadOnlySpan<char> url)
    {
        // Most row_data are other hosts' URLs: those are told apart without parsing a Uri, or making a string.
        if (!url.Contains(PathPrefix, StringComparison.Ordinal) || !Uri.TryCreate(url.ToString(), UriKind.Absolute, out Uri? uri) || !uri.AbsolutePath.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        string rest = uri.AbsolutePath.Substring(PathPrefix.Length);
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        StoredFile? file = state.FindFile(slash < 0 ? rest : rest.Substring(0, slash));
        // The same path on the same host, or on any loopback one: a sandbox started again on its data folder may listen
        // on another port (or name), and the URLs it handed out before, in stored manifests and row_data, still mean its files.
        return file is not null && uri.AbsolutePath == file.Address.AbsolutePath && (uri.Host == file.Address.Host || uri.IsLoopback) ? file : null;
    }
}
