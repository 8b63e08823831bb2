using System.Globalization;
using System.Net.Sockets;
using System.Text;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail;

/// <summary>
/// Connects to the SMTP server, reads its greeting, says <c>EHLO</c>, reads the extensions and says
/// <c>QUIT</c>: sends no mail and no credentials. Replies are read line by line, bounded in length
/// and count.
/// </summary>
internal static class SmtpProbe
{
    private const int MaxLineLength = 2048;
    private const int MaxLines = 128;

    public static async Task<ActionResult<SmtpGreeting>> RunAsync(MailOptions options, CancellationToken cancellationToken)
    {
        var server = $"{options.Host}:{options.Port}";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(options.Host!, options.Port, timeout.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, detectEncodingFromByteOrderMarks: false, bufferSize: 1024, leaveOpen: true);

            var (greetingCode, greeting) = await ReadReplyAsync(reader, timeout.Token);
            if (greetingCode != 220)
            {
                return Refused(server, "greeted with", greetingCode, greeting);
            }

            var helo = string.IsNullOrWhiteSpace(options.HeloName) ? System.Net.Dns.GetHostName() : options.HeloName;
            await WriteLineAsync(stream, $"EHLO {helo}", timeout.Token);
            var (ehloCode, ehlo) = await ReadReplyAsync(reader, timeout.Token);
            if (ehloCode != 250)
            {
                return Refused(server, "answered EHLO with", ehloCode, ehlo);
            }

            await WriteLineAsync(stream, "QUIT", timeout.Token);
            var extensions = ehlo.Skip(1).ToList();
            var startTls = extensions.Any(e => e.Equals("STARTTLS", StringComparison.OrdinalIgnoreCase));
            if (options.EnableSsl && !startTls)
            {
                return ActionFailure.Permanent($"{server} does not offer STARTTLS, which EnableSsl requires.");
            }

            return new SmtpGreeting(options.Host!, options.Port, greeting[0], extensions, startTls);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ActionFailure.Transient($"{server} did not answer within {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return ActionFailure.Transient($"Could not talk to {server}: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            return ActionFailure.Permanent($"{server} does not speak SMTP: {ex.Message}");
        }
    }

    private static ActionFailure Refused(string server, string what, int code, IReadOnlyList<string> lines)
    {
        var message = $"{server} {what} {code.ToString(CultureInfo.InvariantCulture)} {string.Join(" ", lines)}".TrimEnd();
        return code is >= 400 and < 500 ? ActionFailure.Transient(message) : ActionFailure.Permanent(message);
    }

    /// <summary>Reads one reply, multi-line (<c>250-...</c>) or not; returns its code and the text of each line.</summary>
    private static async Task<(int Code, IReadOnlyList<string> Lines)> ReadReplyAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (lines.Count < MaxLines)
        {
            var line = await ReadLineAsync(reader, cancellationToken)
                ?? throw new IOException("the server closed the connection.");
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code) || (line.Length > 3 && line[3] is not (' ' or '-')))
            {
                throw new InvalidDataException($"'{(line.Length > 80 ? line[..80] : line)}' is not an SMTP reply.");
            }

            lines.Add(line.Length > 4 ? line[4..] : "");
            if (line.Length == 3 || line[3] == ' ')
            {
                return (code, lines);
            }
        }

        throw new InvalidDataException($"the reply has more than {MaxLines} lines.");
    }

    private static async Task<string?> ReadLineAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var buffer = new char[1];
        while (true)
        {
            if (await reader.ReadAsync(buffer.AsMemory(), cancellationToken) == 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (buffer[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length >= MaxLineLength)
            {
                throw new InvalidDataException($"a reply line is longer than {MaxLineLength} characters.");
            }

            line.Append(buffer[0]);
        }
    }

    private static async Task WriteLineAsync(NetworkStream stream, string line, CancellationToken cancellationToken) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), cancellationToken);
}
