using System.DirectoryServices.Protocols;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>Maps what System.DirectoryServices.Protocols throws to the failure kinds the host acts on.</summary>
internal static class LdapFailures
{
    // LDAP result codes (RFC 4511) and the client-side codes of libldap (negative) and wldap32 (80-97).
    private const int InvalidCredentials = 49;
    private const int InappropriateAuthentication = 48;
    private const int InsufficientAccess = 50;
    private const int Busy = 51;
    private const int Unavailable = 52;
    private static readonly HashSet<int> Unreachable = [-1, -5, -11, 51, 52, 81, 85, 91];

    public static ActionFailure? For(Exception exception, string what) => exception switch
    {
        LdapActionException named => named.Failure,
        DirectoryOperationException { Response: { } response } => ForResult(response.ResultCode, $"{what}: the directory answered {Describe(response.ResultCode)}{Detail(response.ErrorMessage)}."),
        LdapException ldap => ForLdapException(ldap, what),
        DirectoryException directory => ActionFailure.Permanent($"{what}: {directory.GetType().Name}: {directory.Message}"),
        _ => null,
    };

    public static ActionFailure ForResult(ResultCode code, string message) => code switch
    {
        ResultCode.InsufficientAccessRights or ResultCode.InappropriateAuthentication => ActionFailure.Unauthorized(message),
        ResultCode.NoSuchObject => ActionFailure.NotFound(message),
        ResultCode.Busy or ResultCode.Unavailable or ResultCode.TimeLimitExceeded or ResultCode.AdminLimitExceeded => ActionFailure.Transient(message),
        ResultCode.InvalidDNSyntax or ResultCode.InvalidAttributeSyntax or ResultCode.UndefinedAttributeType or ResultCode.InappropriateMatching
            => ActionFailure.Permanent(message + " Check the connector's configuration (filters, attribute names)."),
        ResultCode.StrongAuthRequired or ResultCode.ConfidentialityRequired
            => ActionFailure.Permanent(message + " The server requires an encrypted connection: use ldaps:// or StartTls."),
        _ => ActionFailure.Permanent(message),
    };

    private static ActionFailure ForLdapException(LdapException ldap, string what)
    {
        var message = $"{what}: {ldap.Message.TrimEnd('.')} (LDAP error {ldap.ErrorCode}){Detail(ldap.ServerErrorMessage)}.";
        return ldap.ErrorCode switch
        {
            InvalidCredentials or InappropriateAuthentication or InsufficientAccess => ActionFailure.Unauthorized(message),
            Busy or Unavailable => ActionFailure.Transient(message),
            var code when Unreachable.Contains(code) => ActionFailure.Transient(message),
            _ => ActionFailure.Permanent(message),
        };
    }

    private static string Describe(ResultCode code) => $"{code} ({(int)code})";

    private static string Detail(string? serverMessage) =>
        string.IsNullOrWhiteSpace(serverMessage) ? "" : $": {serverMessage.Trim().TrimEnd('.')}";
}
