namespace AgentSoar.Console.Users;

/// <summary>The body of <c>POST /api/v1/users</c>. The password is hashed here; only the hash goes on.</summary>
public sealed record NewUserRequest(string? UserName, string? DisplayName, string? Password, IReadOnlyList<string>? Roles);

/// <summary>The body of <c>PUT /api/v1/users/{name}/roles</c>: the account's roles from now on.</summary>
public sealed record UserRolesRequest(IReadOnlyList<string>? Roles);

/// <summary>The body of <c>POST /api/v1/users/{name}/password</c>: the new password.</summary>
public sealed record PasswordResetRequest(string? Password);
