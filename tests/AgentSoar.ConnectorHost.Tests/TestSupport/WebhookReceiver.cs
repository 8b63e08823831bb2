using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSoar.ConnectorHost.Tests.TestSupport;

/// <summary>
/// A real HTTP server on 127.0.0.1 and an ephemeral port. <c>/status/{code}</c> answers that code,
/// <c>/echo-auth/{code}</c> answers the request's Authorization header as its body (to prove masking).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/status/{code:int}", async (int code, HttpContext context) =>
        {
            await receiver.RecordAsync(context);
            if (code == 429)
            {
                context.Response.Headers.RetryAfter = "0";
            }

            return Results.Text($"answer {code}", statusCode: code);
        });
        app.MapPost("/echo-auth/{code:int}", async (int code, HttpContext context) =>
        {
            await receiver.RecordAsync(context);
            return Results.Text($"you sent {context.Request.Headers.Authorization}", statusCode: code);
        });
        // A small REST API: any method under /api answers what it got, as JSON.
        app.Map("/api/{**rest}", async (HttpContext context) =>
        {
            await receiver.RecordAsync(context);
            return Results.Json(new { data = new { id = "T-1", method = context.Request.Method, path = context.Request.Path.Value }, items = new[] { new { name = "first" } } });
        });
        app.MapPost("/large", async (HttpContext context) =>
        {
            await receiver.RecordAsync(context);
            return Results.Text(new string('z', 10_000));
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.BaseUrl = new Uri(address);
        return receiver;
    }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new ReceivedRequest(context.Request.Path, headers, body) { Method = context.Request.Method, Query = context.Request.QueryString.Value ?? string.Empty });
    }
}
