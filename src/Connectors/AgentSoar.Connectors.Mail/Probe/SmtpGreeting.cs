using System.ComponentModel;

namespace AgentSoar.Connectors.Mail;

internal sealed record TestInput;

internal sealed record SmtpGreeting(
    string Host,
    int Port,
    [Description("The server's 220 greeting line.")] string Greeting,
    [Description("The extensions the server listed after EHLO (STARTTLS, AUTH PLAIN LOGIN, SIZE ...).")] IReadOnlyList<string> Extensions,
    [Description("Whether the server offers STARTTLS.")] bool StartTls);
