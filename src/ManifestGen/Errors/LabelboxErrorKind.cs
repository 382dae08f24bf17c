namespace ManifestGen;

/// <summary>
/// Why a request failed (<see cref="LabelboxRequestException.Kind"/>): one property to switch on instead of a
/// type per cause, as Azure's RequestFailedException does with its status.
/// </summary>
public enum LabelboxErrorKind
{
    /// <summary>None of the others; <see cref="LabelboxRequestException.Code"/> and <see cref="LabelboxRequestException.HttpStatus"/> say what the service sent.</summary>
    Other = 0,

    /// <summary>The API key is missing or the service does not accept it (HTTP 401, AUTHENTICATION_ERROR). Not retried.</summary>
    Authentication,

    /// <summary>The key is valid but may not do this (HTTP 403, AUTHORIZATION_ERROR). Not retried.</summary>
    Authorization,

    /// <summary>
    /// The service rejected the request itself (HTTP 400, GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED, or a 400
    /// reported inside an error). Not retried: the same request would fail again.
    /// </summary>
    InvalidRequest,

    /// <summary>What was asked for does not exist, or is not visible to this key (RESOURCE_NOT_FOUND, HTTP 404).</summary>
    NotFound,

    /// <summary>
    /// The service kept answering "too many requests" (HTTP 429, or "You have exceeded …") after every allowed retry;
    /// <see cref="LabelboxRequestException.RetryAfter"/> holds the wait it asked for. Wait, or lower the request rate.
    /// </summary>
    RateLimited,

    /// <summary>
    /// The service failed (HTTP 5xx or 408, a dropped connection, or a time-out) on every allowed attempt, or reported
    /// an internal error. Usually temporary: try again later.
    /// </summary>
    ServiceError,

    /// <summary>
    /// The answer is not what a Labelbox service sends: not JSON (an HTML error page, a truncated body), JSON of the
    /// wrong shape, or paging that never ends. Check <see cref="LabelboxClientOptions.Endpoint"/> and any proxy between.
    /// </summary>
    UnexpectedResponse,
}
