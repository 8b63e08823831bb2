using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AgentSoar.Connectors.Mail.Tests.TestSupport;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 and an ephemeral port: EHLO/HELO, AUTH LOGIN/PLAIN, MAIL FROM,
/// RCPT TO, DATA, RSET, NOOP, QUIT. It records what arrives; a test scripts refusals
/// (<see cref="RecipientReplies"/>, <see cref="MailFromReply"/>, <see cref="AuthReply"/>) or a
/// connection closed at DATA.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<ReceivedMail> Messages { get; } = new();

    public ConcurrentQueue<string> Commands { get; } = new();

    public ConcurrentQueue<(string User, string Password)> Logins { get; } = new();

    public ConcurrentDictionary<string, string> RecipientReplies { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string Greeting { get; set; } = "220 smtp.test ESMTP ready";

    public string MailFromReply { get; set; } = "250 2.1.0 OK";

    public string AuthReply { get; set; } = "235 2.7.0 Authentication successful";

    public bool OfferStartTls { get; set; }

    public bool CloseAtData { get; set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.UTF8);
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync(Greeting);
                if (!Greeting.StartsWith("220", StringComparison.Ordinal))
                {
                    return;
                }

                string? from = null;
                var recipients = new List<string>();
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    Commands.Enqueue(line);
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-smtp.test");
                            if (OfferStartTls)
                            {
                                await writer.WriteLineAsync("250-STARTTLS");
                            }

                            await writer.WriteLineAsync("250-AUTH LOGIN PLAIN");
                            await writer.WriteLineAsync("250 SIZE 10485760");
                            break;
                        case "HELO" or "RSET" or "NOOP":
                            (from, recipients) = verb == "RSET" ? (null, []) : (from, recipients);
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "AUTH":
                            await LoginAsync(line, reader, writer);
                            break;
                        case "MAIL":
                            from = Address(line);
                            await writer.WriteLineAsync(MailFromReply);
                            break;
                        case "RCPT":
                            var recipient = Address(line);
                            var reply = RecipientReplies.GetValueOrDefault(recipient) ?? "250 2.1.5 OK";
                            if (reply.StartsWith('2'))
                            {
                                recipients.Add(recipient);
                            }

                            await writer.WriteLineAsync(reply);
                            break;
                        case "DATA":
                            if (CloseAtData)
                            {
                                return;
                            }

                            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                            var data = new StringBuilder();
                            while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                            {
                                data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                            }

                            Messages.Enqueue(new ReceivedMail(from ?? "", [.. recipients], data.ToString()));
                            (from, recipients) = (null, []);
                            await writer.WriteLineAsync("250 2.0.0 queued");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 2.0.0 bye");
                            return;
                        default:
                            await writer.WriteLineAsync("502 5.5.2 command not recognised");
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private async Task LoginAsync(string line, StreamReader reader, StreamWriter writer)
    {
        var parts = line.Split(' ');
        string user, password;
        if (parts.Length >= 2 && parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
        {
            var encoded = parts.Length > 2 ? parts[2] : await Ask(reader, writer, "334 ");
            var fields = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split('\0');
            (user, password) = (fields[1], fields[2]);
        }
        else
        {
            user = Encoding.UTF8.GetString(Convert.FromBase64String(parts.Length > 2 ? parts[2] : await Ask(reader, writer, "334 VXNlcm5hbWU6")));
            password = Encoding.UTF8.GetString(Convert.FromBase64String(await Ask(reader, writer, "334 UGFzc3dvcmQ6")));
        }

        Logins.Enqueue((user, password));
        await writer.WriteLineAsync(AuthReply);
    }

    private async Task<string> Ask(StreamReader reader, StreamWriter writer, string prompt)
    {
        await writer.WriteLineAsync(prompt);
        return await reader.ReadLineAsync(_stop.Token) ?? "";
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }
}
