using AgentSoar.Console.Components;
using AgentSoar.Console.Ui.Live;
using AgentSoar.Console.Ui.Room;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using AgentSoar.Hosting.Bus;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace AgentSoar.Console.Ui;

public static class ConsoleUiExtensions
{
    public const string IncidentsHubPath = "/hubs/incidents";

    /// <summary>
    /// The analyst console's pages (Razor components rendered on the server), its live feed of incident
    /// and run changes from the bus, and the <c>/hubs/incidents</c> hub that pushes them to browsers.
    /// Call after <c>AddAgentSoarConsole</c>.
    /// </summary>
    public static IHostApplicationBuilder AddAgentSoarConsoleUi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorComponents();
        services.AddSignalR(o => o.AddFilter<CurrentAccountHubFilter>());
        services.AddSingleton<IncidentFeed>();
        services.AddScoped<RoomActions>();

        // The account feature owns the cookie scheme; until it registers one, pages still need a
        // signed-in user, so a cookie scheme that nobody can sign in to yet sends visitors to /login.
        if (!services.Any(d => d.ServiceType == typeof(IPostConfigureOptions<CookieAuthenticationOptions>)))
        {
            services.AddAuthentication().AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.LoginPath = "/login";
                o.ReturnUrlParameter = "returnUrl";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
            });
        }

        services.AddAuthorizationBuilder().AddPolicy(ConsoleUiPolicy.SignedIn, p => p
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser());

        services.AgentSoarBus().Consumers.Add(bus =>
            bus.AddConsumer<LiveEventsConsumer>().Endpoint(endpoint =>
            {
                // Every Console instance needs every change for its own browsers: a queue of its own,
                // gone when the instance stops.
                endpoint.Temporary = true;
                endpoint.InstanceId = $"console-{Environment.MachineName}-{Environment.ProcessId}".ToLowerInvariant();
            }));
        return builder;
    }

    /// <summary>Maps the pages, the hub and the console's stylesheet and script. Call after <c>MapAgentSoarApi</c> (it sets up authentication).</summary>
    public static WebApplication MapAgentSoarConsoleUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The stylesheet and script are embedded in the assembly, so the all-in-one build serves them
        // from its output folder in any environment, without a publish step.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(ConsoleUiExtensions).Assembly, "AgentSoar.Console.wwwroot"),
            RequestPath = "/console",
        });
        // Antiforgery runs once, set up with authentication in MapAgentSoarApi: a second pass would read a refused form again.
        app.MapRazorComponents<App>();
        app.MapNextIncident();
        app.UseSameOriginHub(IncidentsHubPath);
        app.MapHub<IncidentsHub>(IncidentsHubPath, o => o.Transports = HttpTransportType.WebSockets);
        return app;
    }
}
