using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManifestGen;

/// <summary>Registers <see cref="LabelboxClient"/> with dependency injection.</summary>
public static class LabelboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="LabelboxClient"/> as a typed HttpClient (IHttpClientFactory manages its handlers),
    /// configured by <paramref name="configure"/>; the API key comes from the options or LABELBOX_API_KEY.
    /// A registered <see cref="TimeProvider"/> is used if there is one.
    /// </summary>
    /// <returns>The HttpClient builder, to add handlers or settings of your own.</returns>
    public static IHttpClientBuilder AddLabelbox(this IServiceCollection services, Action<LabelboxClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<LabelboxClientOptions> options = services.AddOptions<LabelboxClientOptions>();
        if (configure != null)
        {
            options.Configure(configure);
        }

        return services.AddHttpClient<LabelboxClient>()
            .ConfigureHttpClient(http => http.Timeout = System.Threading.Timeout.InfiniteTimeSpan) // the client times each attempt itself
            .AddTypedClient((http, provider) => new LabelboxClient(
                http,
                provider.GetRequiredService<IOptions<LabelboxClientOptions>>().Value,
                provider.GetService<ILogger<LabelboxClient>>(),
                provider.GetService<TimeProvider>()));
    }
}
