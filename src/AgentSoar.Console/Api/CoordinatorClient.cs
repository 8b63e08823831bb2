using MassTransit;
using Microsoft.Extensions.Options;
using AgentSoar.Console.Auth;

namespace AgentSoar.Console.Api;

/// <summary>Asks the Coordinator over the bus (request/response) and turns "no answer" into a 503, not a hang.</summary>
public sealed class CoordinatorClient(IServiceProvider services, IOptions<ApiKeyOptions> options)
{
    /// <param name="request">The request.</param>
    /// <param name="ct">Cancels the wait.</param>
    /// <param name="messageId">
    /// The message id to send under; the Coordinator handles a message id once, so a client's retry of the same
    /// request (the same <c>Idempotency-Key</c>) changes nothing twice. Null: a new id.
    /// </param>
    public async Task<(TResponse? Response, IResult? Failure)> AskAsync<TRequest, TResponse>(TRequest request, CancellationToken ct, Guid? messageId = null)
        where TRequest : class
        where TResponse : class
    {
        var client = services.GetRequiredService<IRequestClient<TRequest>>();
        var timeout = RequestTimeout.After(ms: (int)options.Value.CoordinatorTimeout.TotalMilliseconds);
        try
        {
            var response = messageId is { } id
                ? await client.GetResponse<TResponse>(request, x => x.UseExecute(c => c.MessageId = id), ct, timeout)
                : await client.GetResponse<TResponse>(request, ct, timeout);
            return (response.Message, null);
        }
        catch (RequestTimeoutException)
        {
            return (null, Problems.CoordinatorUnavailable());
        }
        catch (RequestFaultException)
        {
            // A consumer threw (a conflict that kept recurring, a bug): its transaction was not committed. The
            // exception's text stays out of the answer, which may reach any caller.
            return (null, Problems.CoordinatorFailed());
        }
        catch (RequestCanceledException) when (!ct.IsCancellationRequested)
        {
            // Not the caller's cancellation: the bus endpoint that receives answers was restarted under the request.
            return (null, Problems.CoordinatorUnavailable());
        }
        catch (RequestException)
        {
            // The request could not be sent at all (the broker refused or dropped the connection): as unavailable as
            // no answer, and a background loop asking again later must not die of it.
            return (null, Problems.CoordinatorUnavailable());
        }
    }
}
