namespace AgentSoar.Console.Ui.Live;

public static class SameOriginHub
{
    /// <summary>
    /// Refuses a hub connection opened from another site. The hub acts with the signed-in user's cookie, and a
    /// WebSocket is not covered by CORS, so a page elsewhere could otherwise try to open one: browsers always send
    /// <c>Origin</c> on a WebSocket handshake, and it must be this host. (The SameSite=Strict cookie is the first wall; this is the second.)
    /// </summary>
    public static IApplicationBuilder UseSameOriginHub(this IApplicationBuilder app, string path) =>
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(path) && http.Request.Headers.Origin is [{ } origin, ..] && !IsSameOrigin(origin, http.Request))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(http);
        });

    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) &&
        string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
