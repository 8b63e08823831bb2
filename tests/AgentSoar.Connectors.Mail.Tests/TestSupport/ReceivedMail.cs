using System.Text;
using System.Text.RegularExpressions;

namespace AgentSoar.Connectors.Mail.Tests.TestSupport;

/// <summary>One message the test server accepted: the envelope and the DATA as sent, with its headers and decoded body.</summary>
public sealed partial class ReceivedMail(string mailFrom, IReadOnlyList<string> recipients, string data)
{
    public string MailFrom { get; } = mailFrom;

    public IReadOnlyList<string> Recipients { get; } = recipients;

    public string Data { get; } = data;

    /// <summary>A header's value, unfolded and with encoded words decoded; null when absent.</summary>
    public string? Header(string name)
    {
        var head = Data[..Math.Max(0, Data.IndexOf("\r\n\r\n", StringComparison.Ordinal))].Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return DecodeWords(line[(colon + 1)..].Trim());
            }
        }

        return null;
    }

    /// <summary>The body, quoted-printable decoded when the message says so.</summary>
    public string Body
    {
        get
        {
            var body = Data[(Data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
            if (Header("Content-Transfer-Encoding")?.Equals("quoted-printable", StringComparison.OrdinalIgnoreCase) != true)
            {
                return body;
            }

            var bytes = new List<byte>();
            body = body.Replace("=\r\n", "", StringComparison.Ordinal);
            for (var i = 0; i < body.Length; i++)
            {
                if (body[i] == '=' && i + 2 < body.Length)
                {
                    bytes.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.Add((byte)body[i]);
                }
            }

            return Encoding.UTF8.GetString([.. bytes]);
        }
    }

    // RFC 2047: adjacent encoded words are joined without the whitespace between them, and a character may span two words.
    private static string DecodeWords(string value)
    {
        var text = new StringBuilder();
        var pending = new List<byte>();
        var position = 0;
        foreach (Match match in EncodedWord().Matches(value))
        {
            var between = value[position..match.Index];
            if (pending.Count == 0 || between.Trim().Length > 0)
            {
                text.Append(Encoding.UTF8.GetString([.. pending])).Append(between);
                pending.Clear();
            }

            pending.AddRange(Bytes(match.Groups[1].Value, match.Groups[2].Value));
            position = match.Index + match.Length;
        }

        return text.Append(Encoding.UTF8.GetString([.. pending])).Append(value[position..]).ToString();
    }

    private static byte[] Bytes(string encoding, string text) => encoding.ToUpperInvariant() == "B"
        ? Convert.FromBase64String(text)
        : [.. Regex.Replace(text.Replace('_', ' '), "=([0-9A-Fa-f]{2})", m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString()).Select(c => (byte)c)];

    [GeneratedRegex(@"=\?utf-8\?([BQbq])\?([^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
