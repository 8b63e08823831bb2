using Microsoft.AspNetCore.Identity;

namespace AgentSoar.Console.Account;

/// <summary>ASP.NET Core's password hasher (PBKDF2, salted, iterated): passwords are hashed here and only hashes leave the Console.</summary>
public static class Passwords
{
    /// <summary>Shorter passwords are refused when an account is made.</summary>
    public const int MinLength = 12;

    private static readonly PasswordHasher<string> Hasher = new();

    // Checked against when the user name is unknown, so an unknown name takes as long to refuse as a wrong password.
    private static readonly string Decoy = Hasher.HashPassword("decoy", "a decoy password nobody has");

    public static string Hash(string userName, string password) => Hasher.HashPassword(userName, password);

    public static bool Verify(string userName, string? hash, string password)
    {
        var result = Hasher.VerifyHashedPassword(userName, hash ?? Decoy, password);
        return hash is not null && result != PasswordVerificationResult.Failed;
    }
}
