using System.DirectoryServices.Protocols;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>
/// Sets a random password nobody sees. OpenLDAP: the Password Modify extended operation (RFC 3062),
/// so the server hashes it as configured, then ppolicy's <c>pwdReset</c>. Active Directory:
/// <c>unicodePwd</c> (which needs an encrypted connection), then <c>pwdLastSet=0</c>.
/// </summary>
internal sealed class ResetPasswordAction(LdapDirectory directory) : ConnectorAction<ResetPasswordInput, ResetPasswordOutput>
{
    public override ActionMetadata Metadata { get; } = new(
        "reset_password",
        "Replaces a user's password with a long random one that is never shown, so the old password stops working; optionally forces a change at next sign-in.",
        ActionRisk.High)
    {
        Idempotent = false,
        OpenC2 = new OpenC2Mapping("update", "er:account", "er"),
    };

    public override Task<ActionResult<ResetPasswordOutput>> ExecuteAsync(ResetPasswordInput input, ActionContext context) =>
        directory.RunAsync<ResetPasswordOutput>(context, async (session, settings) =>
        {
            var user = await LdapDirectory.FindUserAsync(session, settings, input.User, [], context.CancellationToken);
            var password = Passwords.Generate(settings.PasswordLength);
            if (settings.ActiveDirectory)
            {
                var request = new ModifyRequest(user.Dn, DirectoryAttributeOperation.Replace, "unicodePwd", Passwords.UnicodePwd(password));
                if (input.MustChangePassword)
                {
                    request.Modifications.Add(Replace("pwdLastSet", "0"));
                }

                await session.SendAsync<ModifyResponse>(request, context.CancellationToken);
            }
            else
            {
                var request = new ExtendedRequest(Passwords.PasswordModifyOid, Passwords.PasswordModifyValue(user.Dn, password));
                await session.SendAsync<ExtendedResponse>(request, context.CancellationToken);
                if (input.MustChangePassword)
                {
                    await session.SendAsync<ModifyResponse>(new ModifyRequest(user.Dn, Replace("pwdReset", "TRUE")), context.CancellationToken);
                }
            }

            context.Logger.LogInformation($"Reset the password of {user.Dn}{(input.MustChangePassword ? "; it must change at next sign-in" : "")}.");
            return new ResetPasswordOutput(input.User, user.Dn, PasswordChanged: true, input.MustChangePassword);
        });

    public override Task<ActionResult<ResetPasswordOutput>> SimulateAsync(ResetPasswordInput input, ActionContext context) =>
        Task.FromResult<ActionResult<ResetPasswordOutput>>(string.IsNullOrWhiteSpace(input.User)
            ? ActionFailure.InvalidInput("user must not be empty.")
            : new ResetPasswordOutput(input.User, Dn: null, PasswordChanged: true, input.MustChangePassword));

    private static DirectoryAttributeModification Replace(string attribute, string value)
    {
        var modification = new DirectoryAttributeModification { Name = attribute, Operation = DirectoryAttributeOperation.Replace };
        modification.Add(value);
        return modification;
    }
}
