using AgentSoar.Console.Account;
using AgentSoar.Console.Api;
using AgentSoar.Contracts.Accounts;

namespace AgentSoar.Console.Users;

/// <summary>
/// An admin's work on accounts, shared by the REST API and the admin pages: checks what only the Console can check
/// (a password's length, before hashing it here), asks the Coordinator, and forgets the cached account so the change
/// applies to its sessions on their next request. A null result comes with the failure to answer instead.
/// </summary>
public sealed class UserAdministration(CoordinatorClient coordinator, AccountStateCache accounts)
{
    public const int MaxPassword = 1000;

    public Task<(UserList? Users, IResult? Failure)> ListAsync(CancellationToken ct) =>
        coordinator.AskAsync<GetUsers, UserList>(new GetUsers(), ct);

    public async Task<(AccountChangeResult? Result, IResult? Failure)> CreateAsync(NewUserRequest request, string caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.UserName?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return (Invalid("give a user_name"), null);
        }

        if (PasswordProblem(request.Password) is { } problem)
        {
            return (Invalid(problem), null);
        }

        var display = string.IsNullOrWhiteSpace(request.DisplayName) ? name : request.DisplayName.Trim();
        var create = new CreateUser(name, display, Passwords.Hash(name, request.Password!), Normalized(request.Roles), caller);
        var (created, failure) = await coordinator.AskAsync<CreateUser, UserCreated>(create, ct);
        return failure is not null ? (null, failure) : (new AccountChangeResult(created!.Outcome, created.Detail, created.User), null);
    }

    public Task<(AccountChangeResult? Result, IResult? Failure)> SetRolesAsync(string userName, IReadOnlyList<string>? roles, string caller, CancellationToken ct) =>
        AskAsync(userName, new ChangeUserRoles(Name(userName), Normalized(roles), caller), ct);

    public Task<(AccountChangeResult? Result, IResult? Failure)> SetDisabledAsync(string userName, bool disabled, string caller, CancellationToken ct) =>
        AskAsync(userName, new SetUserDisabled(Name(userName), disabled, caller), ct);

    public async Task<(AccountChangeResult? Result, IResult? Failure)> ResetPasswordAsync(string userName, string? password, string caller, CancellationToken ct) =>
        PasswordProblem(password) is { } problem
            ? (Invalid(problem), null)
            : await AskAsync(userName, new ResetUserPassword(Name(userName), Passwords.Hash(Name(userName), password!), caller), ct);

    private async Task<(AccountChangeResult? Result, IResult? Failure)> AskAsync<TRequest>(string userName, TRequest request, CancellationToken ct)
        where TRequest : class
    {
        var answer = await coordinator.AskAsync<TRequest, AccountChangeResult>(request, ct);
        accounts.Forget(userName);
        return answer;
    }

    private static string? PasswordProblem(string? password) =>
        password is null || password.Length < Passwords.MinLength || password.Length > MaxPassword
            ? $"a password is {Passwords.MinLength} to {MaxPassword} characters"
            : null;

    private static string Name(string userName) => userName.Trim().ToLowerInvariant();

    private static List<string> Normalized(IReadOnlyList<string>? roles) =>
        (roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList();

    private static AccountChangeResult Invalid(string detail) => new(AccountChangeOutcome.Invalid, detail, null);
}
