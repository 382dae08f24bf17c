namespace ManifestGen.Rules.Urls;

/// <summary>What a row_data or attachment string turns out to be.</summary>
internal enum LocationKind
{
    /// <summary>A well-formed https URL: what Labelbox reads.</summary>
    HttpsUrl,

    /// <summary>No scheme: a local file, uploaded directly.</summary>
    LocalPath,

    /// <summary>No scheme, but it starts like a host name: probably a URL missing https://.</summary>
    HostWithoutScheme,

    /// <summary>Another scheme (http, s3, gs, ftp…) or a malformed https URL.</summary>
    NotHttps,
}
