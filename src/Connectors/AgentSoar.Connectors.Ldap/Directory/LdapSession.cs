using System.DirectoryServices.Protocols;
using System.Net;

namespace AgentSoar.Connectors.Ldap;

/// <summary>One bound connection, opened for one action and closed after it.</summary>
/// <remarks>
/// System.DirectoryServices.Protocols offers blocking calls; each runs on the thread pool and the
/// caller stops waiting when its token is cancelled (the connection, disposed then, ends the call).
/// The connection's own timeout bounds every call in any case.
/// </remarks>
internal sealed class LdapSession : IDisposable
{
    private readonly LdapConnection _connection;

    private LdapSession(LdapConnection connection) => _connection = connection;

    public static async Task<LdapSession> OpenAsync(LdapSettings settings, string? password, CancellationToken cancellationToken)
    {
        var identifier = new LdapDirectoryIdentifier(settings.Server.Host, settings.Server.Port, fullyQualifiedDnsHostName: false, connectionless: false);
        var connection = settings.BindDn is null
            ? new LdapConnection(identifier, null, AuthType.Anonymous)
            : new LdapConnection(identifier, new NetworkCredential(settings.BindDn, password), AuthType.Basic);
        try
        {
            connection.AutoBind = false;
            connection.Timeout = settings.Timeout;
            var session = connection.SessionOptions;
            session.ProtocolVersion = 3;
            session.ReferralChasing = ReferralChasingOptions.None;
            // Windows uses its own certificate store; elsewhere OpenSSL's context is built anew with the folder.
            if (settings.TrustedCertificatesDirectory is { } trusted && !OperatingSystem.IsWindows())
            {
                session.TrustedCertificatesDirectory = trusted;
                session.StartNewTlsSessionContext();
            }

            if (settings.Server.Ldaps)
            {
                session.SecureSocketLayer = true;
            }

            await Task.Run(
                () =>
                {
                    if (settings.StartTls)
                    {
                        connection.SessionOptions.StartTransportLayerSecurity(null);
                    }

                    connection.Bind();
                },
                cancellationToken).WaitAsync(cancellationToken);
            return new LdapSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async Task<TResponse> SendAsync<TResponse>(DirectoryRequest request, CancellationToken cancellationToken)
        where TResponse : DirectoryResponse
    {
        var response = await Task.Run(() => _connection.SendRequest(request), cancellationToken).WaitAsync(cancellationToken);
        return (TResponse)response;
    }

    public void Dispose() => _connection.Dispose();
}
