using System.Globalization;
using System.Net.Mail;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail;

/// <summary>
/// Maps what <see cref="SmtpClient"/> throws to the failure kinds the host acts on: a 4xx reply, a
/// refused or dropped connection and a timeout are transient; 530/534/535/538 (authentication) are
/// unauthorized; any other 5xx, a refused recipient included, is permanent.
/// </summary>
internal static class SmtpFailures
{
    public static ActionFailure For(SmtpException exception, string server)
    {
        if (exception is SmtpFailedRecipientsException many && many.InnerExceptions.Length > 0)
        {
            var refused = string.Join(", ", many.InnerExceptions.Select(e => $"{e.FailedRecipient} ({Code(e.StatusCode)})"));
            var transient = many.InnerExceptions.All(e => IsTransient(e.StatusCode));
            var message = $"{server} refused the recipients {refused}: {Reply(many.InnerExceptions[0])}";
            return transient ? ActionFailure.Transient(message) : ActionFailure.Permanent(message);
        }

        if (exception is SmtpFailedRecipientException one)
        {
            var message = $"{server} refused the recipient {one.FailedRecipient} ({Code(one.StatusCode)}): {Reply(one)}";
            return IsTransient(one.StatusCode) ? ActionFailure.Transient(message) : ActionFailure.Permanent(message);
        }

        var status = (int)exception.StatusCode;
        var text = $"{server}: {Reply(exception)}";
        return status switch
        {
            530 or 534 or 535 or 538 => ActionFailure.Unauthorized($"{server} refused the credentials ({Code(exception.StatusCode)})."),
            >= 500 and < 600 => ActionFailure.Permanent($"{text} ({Code(exception.StatusCode)})"),

            // 4xx, and everything below 400: a connection refused, dropped or timed out (GeneralFailure).
            _ => ActionFailure.Transient(status >= 400 ? $"{text} ({Code(exception.StatusCode)})" : text),
        };
    }

    private static bool IsTransient(SmtpStatusCode code) => (int)code is < 500 or >= 600;

    private static string Code(SmtpStatusCode code) => ((int)code).ToString(CultureInfo.InvariantCulture);

    // SmtpClient wraps the cause (a socket error, the server's words) in inner exceptions: say the innermost.
    private static string Reply(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null && messages.Count < 4; current = current.InnerException)
        {
            messages.Add(current.Message.Trim());
        }

        return string.Join(" ", messages.Distinct(StringComparer.Ordinal));
    }
}
