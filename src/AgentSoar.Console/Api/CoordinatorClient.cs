using MassTransit;
using Microsoft.Extensions.Options;
using AgentSoar.Console.Auth;

namespace AgentSoar.Console.Api;

/// <summary>Asks the Coordinator over the bus (request/response) and turns "no answer" into a 503, not a hang.</summary>
public sealed class CoordinatorClient(IServiceProvider services, IOptions<ApiKeyOptions> options)
{
    public async Task<(TResponse? Response, IResult? Failure)> AskAsync<TRequest, TResponse>(TRequest request, CancellationToken ct)
        where TRequest : class
        where TResponse : class
    {
        var client = services.GetRequiredService<IRequestClient<TRequest>>();
        try
        {
            var response = await client.GetResponse<TResponse>(request, ct, RequestTimeout.After(ms: (int)options.Value.CoordinatorTimeout.TotalMilliseconds));
            return (response.Message, null);
        }
        catch (RequestTimeoutException)
        {
            return (null, Problems.CoordinatorUnavailable());
        }
    }
}
