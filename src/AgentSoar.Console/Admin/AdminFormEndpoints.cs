using AgentSoar.Console.Auth;
using AgentSoar.Console.ApiKeys;
using AgentSoar.Console.Components.Pages.Admin;
using AgentSoar.Console.Users;
using AgentSoar.Contracts.Accounts;
using AgentSoar.Contracts.ApiKeys;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSoar.Console.Admin;

/// <summary>
/// The forms of the admin pages: plain HTML posts with the console cookie and an antiforgery token, doing what the
/// REST API does (through the same services) and sending the browser back with the outcome. A new API key is the
/// exception: it is shown in the answer to the post itself, so it never sits in a URL or a browser's history.
/// New users and keys post to <c>.../create</c>: the pages' own paths take posts too (Razor component form handling).
/// </summary>
public static class AdminFormEndpoints
{
    private const string UsersPage = "/admin/users";
    private const string KeysPage = "/admin/api-keys";

    public static IEndpointRouteBuilder MapAdminForms(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAuthorization(ConsoleAdminPolicy.Name).WithMetadata(new RequireAntiforgeryTokenAttribute());

        admin.MapPost("/users/create", async (HttpContext http, UserAdministration users, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            var request = new NewUserRequest(form["user_name"], form["display_name"], form["password"], form["roles"].Select(r => r ?? string.Empty).ToList());
            return Back(UsersPage, await users.CreateAsync(request, http.User.CallerName(), ct));
        });

        admin.MapPost("/users/{name}/roles", async (string name, HttpContext http, UserAdministration users, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            return Back(UsersPage, await users.SetRolesAsync(name, form["roles"].Select(r => r ?? string.Empty).ToList(), http.User.CallerName(), ct));
        });

        admin.MapPost("/users/{name}/disable", async (string name, HttpContext http, UserAdministration users, CancellationToken ct) =>
            Back(UsersPage, await users.SetDisabledAsync(name, disabled: true, http.User.CallerName(), ct)));

        admin.MapPost("/users/{name}/enable", async (string name, HttpContext http, UserAdministration users, CancellationToken ct) =>
            Back(UsersPage, await users.SetDisabledAsync(name, disabled: false, http.User.CallerName(), ct)));

        admin.MapPost("/users/{name}/password", async (string name, HttpContext http, UserAdministration users, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            return Back(UsersPage, await users.ResetPasswordAsync(name, form["password"], http.User.CallerName(), ct));
        });

        admin.MapPost("/api-keys/create", async (HttpContext http, ApiKeyAdministration keys, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            var request = new NewApiKeyRequest(form["name"], form["roles"].Select(r => r ?? string.Empty).ToList(), form["alert_format"],
                Number(form["alerts_per_second"]), Number(form["alert_burst"]));
            var (key, result, failure) = await keys.CreateAsync(request, http.User.CallerName(), ct);
            if (failure is not null || key is null)
            {
                return AdminStatus.Back(KeysPage, false, result?.Detail ?? "the Coordinator did not answer in time; try again");
            }

            http.Response.Headers.CacheControl = "no-store";
            return new RazorComponentResult<ApiKeyCreatedPage>(new { Key = key, Summary = result!.Key! });
        });

        admin.MapPost("/api-keys/{id:guid}/revoke", async (Guid id, HttpContext http, ApiKeyAdministration keys, CancellationToken ct) =>
        {
            var (result, failure) = await keys.RevokeAsync(id, http.User.CallerName(), ct);
            return AdminStatus.Back(KeysPage, failure is null && result!.Outcome is ApiKeyChangeOutcome.Changed or ApiKeyChangeOutcome.Unchanged,
                result?.Detail ?? "the Coordinator did not answer in time; try again");
        });
        return app;
    }

    private static IResult Back(string page, (AccountChangeResult? Result, IResult? Failure) answer) =>
        answer.Result is { } result
            ? AdminStatus.Back(page, result.Outcome is AccountChangeOutcome.Changed or AccountChangeOutcome.Unchanged, result.Detail)
            : AdminStatus.Back(page, false, "the Coordinator did not answer in time; try again");

    /// <summary>An empty field is no value; anything else that is not a whole number is 0, which the Coordinator refuses by name.</summary>
    private static int? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
