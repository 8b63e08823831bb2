using System.Text.Json;
using System.Text.Json.Serialization;
using AgentSoar.Console.Account;
using AgentSoar.Console.Admin;
using AgentSoar.Console.Alerts;
using AgentSoar.Console.Api;
using AgentSoar.Console.ApiKeys;
using AgentSoar.Console.Approvals;
using AgentSoar.Console.Auth;
using AgentSoar.Console.Catalog;
using AgentSoar.Console.DeadLetters;
using AgentSoar.Console.Incidents;
using AgentSoar.Console.Plans;
using AgentSoar.Console.Runs;
using AgentSoar.Console.Users;
using AgentSoar.Contracts.Accounts;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Contracts.Chat;
using AgentSoar.Contracts.Incidents;
using AgentSoar.Contracts.Planning;
using AgentSoar.Contracts.Queries;
using AgentSoar.Contracts.Runs;
using AgentSoar.Hosting.Bus;

namespace AgentSoar.Console;

public static class ConsoleHostExtensions
{
    /// <summary>The face: the REST API with API-key authentication and roles. It writes nothing itself: it sends over the bus.</summary>
    public static IHostApplicationBuilder AddAgentSoarConsole(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ApiKeyOptions>().Bind(builder.Configuration.GetSection(ApiKeyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<AlertIntake>();
        services.AddAlertRateLimits();
        services.AddSingleton<CoordinatorClient>();
        services.AddSingleton<ApprovalDecider>();
        services.AddSingleton<ChatConversation>();
        services.AddSingleton<PlanDecider>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddAgentSoarAuthentication();
        services.AddOptions<FirstAdminOptions>().Bind(builder.Configuration.GetSection(FirstAdminOptions.Section));
        services.AddHostedService<FirstAdminOnStart>();
        services.AddAgentSoarUserAdministration();
        services.AddAgentSoarApiKeyAdministration();
        services.AddAgentSoarDeadLetterClients();
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CanIngest, p => p.RequireRole(Roles.Ingest, Roles.Admin))
            .AddPolicy(Roles.CanRead, p => p.RequireRole(Roles.Viewer, Roles.Analyst, Roles.Responder, Roles.Admin))
            .AddPolicy(Roles.CanDecide, p => p.RequireRole(Roles.Responder, Roles.Admin))
            .AddPolicy(Roles.CanRun, p => p.RequireRole(Roles.Analyst, Roles.Responder, Roles.Admin))
            .AddPolicy(Roles.CanRespond, p => p.RequireRole(Roles.Responder, Roles.Admin))
            .AddPolicy(Roles.CanWorkCases, p => p.RequireRole(Roles.Analyst, Roles.Responder, Roles.Admin));

        services.AgentSoarBus().Consumers.Add(bus =>
        {
            bus.AddRequestClient<GetIncidents>();
            bus.AddRequestClient<GetIncident>();
            bus.AddRequestClient<GetAlert>();
            bus.AddRequestClient<GetRuns>();
            bus.AddRequestClient<GetRun>();
            bus.AddRequestClient<GetApprovals>();
            bus.AddRequestClient<GetAudit>();
            bus.AddRequestClient<GetPlaybooks>();
            bus.AddRequestClient<GetPlaybook>();
            bus.AddRequestClient<GetConnectors>();
            bus.AddRequestClient<GetRejectedAlerts>();
            bus.AddRequestClient<DecideApproval>();
            bus.AddRequestClient<StartRun>();
            bus.AddRequestClient<RollbackRun>();
            bus.AddRequestClient<CommentOnIncident>();
            bus.AddRequestClient<TagIncident>();
            bus.AddRequestClient<AssignIncident>();
            bus.AddRequestClient<CloseIncident>();
            bus.AddRequestClient<ReopenIncident>();
            bus.AddRequestClient<ChatRequested>();
            bus.AddRequestClient<GetUserCredentials>();
            bus.AddRequestClient<RecordLogin>();
            bus.AddRequestClient<CreateUser>();
            bus.AddRequestClient<StartActionRun>();
            bus.AddRequestClient<DecidePlan>();
        });
        return builder;
    }

    /// <summary>Maps <c>/api/v1</c>. Every endpoint requires an authenticated caller with the right role.</summary>
    public static WebApplication MapAgentSoarApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStatusCodePages();
        app.UseAgentSoarSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.MapAccountEndpoints();
        app.MapAdminForms();
        app.MapDeadLetterForms();

        // Built now, so a broken mapping file or an unknown alert format in a key stops the start, naming it.
        app.Services.GetRequiredService<AlertIntake>();
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapAlertEndpoints();
        api.MapReadEndpoints();
        api.MapCatalogEndpoints();
        api.MapApprovalEndpoints();
        api.MapRunEndpoints();
        api.MapCaseWorkEndpoints();
        api.MapChatEndpoints();
        api.MapPlanEndpoints();
        api.MapUserEndpoints();
        api.MapApiKeyEndpoints();
        api.MapDeadLetterEndpoints();
        api.MapGet("/me", (HttpContext http) => Results.Ok(new
        {
            name = http.User.Identity?.Name,
            roles = http.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value),
        }));
        return app;
    }
}
