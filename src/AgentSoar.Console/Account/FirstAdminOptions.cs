namespace AgentSoar.Console.Account;

/// <summary>
/// The first admin account, bound from <c>AgentSoar:Accounts:FirstAdmin</c>: made at start when there is no account at
/// all, and never otherwise (there is no default password). Give the password through the environment or a file
/// (<c>PasswordFile</c>), not a committed setting; it is hashed before it leaves this process.
/// </summary>
public sealed class FirstAdminOptions
{
    public const string Section = "AgentSoar:Accounts:FirstAdmin";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>A file holding the password (its first line).</summary>
    public string? PasswordFile { get; set; }

    /// <summary>The password from <see cref="Password"/> or <see cref="PasswordFile"/>; null when neither is set.</summary>
    public string? ReadPassword() =>
        !string.IsNullOrEmpty(Password) ? Password
        : !string.IsNullOrEmpty(PasswordFile) ? File.ReadLines(PasswordFile).FirstOrDefault()?.Trim()
        : null;
}
