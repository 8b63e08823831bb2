using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.Accounts;

namespace AgentSoar.Console.Users;

/// <summary>
/// <c>/api/v1/users</c>, for admins: list, create, set roles, disable and enable, reset a password. The Coordinator
/// checks and audits every change, the caller recorded as who made it. Statuses: 200 changed or already so, 201
/// created, 400 an invalid request, 404 an unknown account, 409 a name taken or a change that would lock admins out.
/// </summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").RequireAuthorization(Roles.CanAdminister);

        users.MapGet(string.Empty, async (UserAdministration admin, CancellationToken ct) =>
        {
            var (list, failure) = await admin.ListAsync(ct);
            return failure ?? Results.Ok(list!.Users);
        });

        users.MapPost(string.Empty, async (NewUserRequest? body, HttpContext http, UserAdministration admin, CancellationToken ct) =>
            body is null
                ? Problems.Invalid("the body must be {\"user_name\": \"...\", \"display_name\": \"...\", \"password\": \"...\", \"roles\": [\"...\"]}")
                : Answer(await admin.CreateAsync(body, http.User.CallerName(), ct), created: true));

        users.MapPut("/{name}/roles", async (string name, UserRolesRequest? body, HttpContext http, UserAdministration admin, CancellationToken ct) =>
            body?.Roles is null
                ? Problems.Invalid($"the body must be {{\"roles\": [\"{string.Join("\" | \"", AccountRoles.All)}\"...]}}")
                : Answer(await admin.SetRolesAsync(name, body.Roles, http.User.CallerName(), ct)));

        users.MapPost("/{name}/disable", async (string name, HttpContext http, UserAdministration admin, CancellationToken ct) =>
            Answer(await admin.SetDisabledAsync(name, disabled: true, http.User.CallerName(), ct)));

        users.MapPost("/{name}/enable", async (string name, HttpContext http, UserAdministration admin, CancellationToken ct) =>
            Answer(await admin.SetDisabledAsync(name, disabled: false, http.User.CallerName(), ct)));

        users.MapPost("/{name}/password", async (string name, PasswordResetRequest? body, HttpContext http, UserAdministration admin, CancellationToken ct) =>
            body is null
                ? Problems.Invalid("the body must be {\"password\": \"...\"}")
                : Answer(await admin.ResetPasswordAsync(name, body.Password, http.User.CallerName(), ct)));
        return api;
    }

    private static IResult Answer((AccountChangeResult? Result, IResult? Failure) answer, bool created = false)
    {
        if (answer.Failure is not null)
        {
            return answer.Failure;
        }

        var result = answer.Result!;
        return result.Outcome switch
        {
            AccountChangeOutcome.Changed when created => Results.Created($"/api/v1/users/{result.User?.UserName}", result.User),
            AccountChangeOutcome.Changed or AccountChangeOutcome.Unchanged => Results.Ok(new { outcome = result.Outcome, detail = result.Detail, user = result.User }),
            AccountChangeOutcome.NotFound => Problems.Of(StatusCodes.Status404NotFound, "No such account", result.Detail),
            AccountChangeOutcome.Conflict => Problems.Of(StatusCodes.Status409Conflict, "Not possible", result.Detail),
            _ => Problems.Invalid(result.Detail),
        };
    }
}
