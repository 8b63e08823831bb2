using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>
/// The <c>ldap</c> connector: looks up, disables, enables and resets directory accounts and changes
/// group memberships, on OpenLDAP (accounts locked with the ppolicy overlay) or Active Directory
/// (<c>userAccountControl</c>), through System.DirectoryServices.Protocols.
/// </summary>
/// <remarks>
/// Settings live under <c>AgentSoar:Connectors:ldap</c> (see <see cref="LdapOptions"/>). Without a
/// <see cref="LdapOptions.ServerUri"/> the connector still starts and nothing connects: every action
/// fails with a "not configured" error, and simulation works. Each action opens one connection,
/// binds, does its work and closes it. Every user or group name is escaped (RFC 4515) before it goes
/// into a filter, and must match exactly one entry; inputs never become DNs.
/// </remarks>
public sealed class LdapConnector : Connector<LdapOptions>
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "ldap";

    /// <inheritdoc />
    public override string Name => ConnectorName;

    /// <inheritdoc />
    public override string Description => "Looks up, disables, enables and resets directory accounts and changes group memberships (OpenLDAP or Active Directory).";

    /// <inheritdoc />
    protected override IReadOnlyList<ConnectorAction> CreateActions(LdapOptions options, ConnectorSetup setup)
    {
        var directory = new LdapDirectory(LdapSettings.From(options));
        return
        [
            new LookupUserAction(directory),
            new DisableAccountAction(directory),
            new EnableAccountAction(directory),
            new ResetPasswordAction(directory),
            new AddToGroupAction(directory),
            new RemoveFromGroupAction(directory),
            new TestAction(directory),
        ];
    }

    /// <inheritdoc />
    protected override Task<ConnectionTestResult> TestConnectionAsync(LdapOptions options, ConnectorSetup setup, CancellationToken cancellationToken) =>
        new LdapDirectory(LdapSettings.From(options)).TestAsync(setup.Secrets, cancellationToken);
}
