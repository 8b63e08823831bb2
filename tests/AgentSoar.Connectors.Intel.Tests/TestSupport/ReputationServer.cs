using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSoar.Connectors.Intel.Tests.TestSupport;

/// <summary>
/// A reputation service on 127.0.0.1 and an ephemeral port. Every request is recorded and answered
/// by <see cref="Respond"/> (status, body, delay), which a test sets.
/// </summary>
public sealed class ReputationServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReputationServer(WebApplication app) => _app = app;

    public ConcurrentQueue<(string PathAndQuery, Dictionary<string, string> Headers)> Requests { get; } = new();

    public Func<string, (int Status, string Body, TimeSpan Delay)> Respond { get; set; } = _ => (200, """{"verdict":"clean","score":0}""", TimeSpan.Zero);

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<ReputationServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ReputationServer(app);
        app.Run(async context =>
        {
            var pathAndQuery = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server.Requests.Enqueue((pathAndQuery, headers));
            var (status, body, delay) = server.Respond(pathAndQuery);
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        });

        await app.StartAsync();
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return server;
    }

    public string Url(string pathAndQuery) => BaseUrl.GetLeftPart(UriPartial.Authority) + pathAndQuery;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
