using System.DirectoryServices.Protocols;
using System.Net;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>One bound connection, opened for one action and closed after it.</summary>
/// <remarks>
/// System.DirectoryServices.Protocols offers blocking calls; each runs on the thread pool and the
/// caller stops waiting when its token is cancelled or the configured timeout passes. libldap bounds
/// requests by that timeout too, but not a bind to a server that accepts the connection and never
/// answers: such a call is abandoned and its connection closed when it returns. A connection is only
/// disposed once no call is running on it (freeing the native handle under a running call would
/// crash the process).
/// </remarks>
internal sealed class LdapSession : IDisposable
{
    private readonly LdapConnection _connection;
    private readonly LdapSettings _settings;
    private Task _pending = Task.CompletedTask;

    private LdapSession(LdapConnection connection, LdapSettings settings)
    {
        _connection = connection;
        _settings = settings;
    }

    public static async Task<LdapSession> OpenAsync(LdapSettings settings, string? password, CancellationToken cancellationToken)
    {
        var identifier = new LdapDirectoryIdentifier(settings.Server.Host, settings.Server.Port, fullyQualifiedDnsHostName: false, connectionless: false);
        var connection = settings.BindDn is null
            ? new LdapConnection(identifier, null, AuthType.Anonymous)
            : new LdapConnection(identifier, new NetworkCredential(settings.BindDn, password), AuthType.Basic);
        var session = new LdapSession(connection, settings);
        try
        {
            connection.AutoBind = false;
            connection.Timeout = settings.Timeout;
            var options = connection.SessionOptions;
            options.ProtocolVersion = 3;
            options.ReferralChasing = ReferralChasingOptions.None;

            // Windows uses its own certificate store; elsewhere OpenSSL's context is built anew with the folder.
            if (settings.TrustedCertificatesDirectory is { } trusted && !OperatingSystem.IsWindows())
            {
                options.TrustedCertificatesDirectory = trusted;
                options.StartNewTlsSessionContext();
            }

            if (settings.Server.Ldaps)
            {
                options.SecureSocketLayer = true;
            }

            await session.RunAsync(
                () =>
                {
                    if (settings.StartTls)
                    {
                        connection.SessionOptions.StartTransportLayerSecurity(null);
                    }

                    connection.Bind();
                    return true;
                },
                cancellationToken);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public async Task<TResponse> SendAsync<TResponse>(DirectoryRequest request, CancellationToken cancellationToken)
        where TResponse : DirectoryResponse =>
        (TResponse)await RunAsync(() => _connection.SendRequest(request), cancellationToken);

    public void Dispose()
    {
        if (_pending.IsCompleted)
        {
            _connection.Dispose();
            return;
        }

        // Abandoned after a cancellation or a timeout: close the connection when the call returns.
        _pending.ContinueWith(
            (task, state) =>
            {
                _ = task.Exception;
                ((LdapConnection)state!).Dispose();
            },
            _connection,
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    private async Task<T> RunAsync<T>(Func<T> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var task = Task.Run(call, CancellationToken.None);
        _pending = task;
        try
        {
            return await task.WaitAsync(_settings.Timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new LdapActionException(ActionFailure.Transient($"The directory at {_settings.Server} did not answer within {_settings.Timeout.TotalSeconds:0.###} s."));
        }
    }
}
