using System.Globalization;
using System.Text;

namespace AgentSoar.Console.Ui.Room;

/// <summary>
/// Reads a line typed in an incident room. A line starting with <c>/</c> is a command; anything else is a message.
/// Values may be quoted (<c>/run notify-owner note="see the proxy logs"</c>).
/// </summary>
public static class RoomCommandParser
{
    /// <summary>A line longer than this is refused: it is a paste, not a message.</summary>
    public const int MaxLineLength = 4000;

    /// <summary>The commands with their arguments, in the order the room suggests them.</summary>
    public static IReadOnlyList<(string Usage, string Meaning)> Commands { get; } =
    [
        ("/approve N [note]", "approve approval #N"),
        ("/reject N reason", "reject approval #N, saying why"),
        ("/run PLAYBOOK key=value ...", "run a playbook on this incident"),
        ("/assign NAME | me | nobody", "assign the incident"),
        ("/close RESOLUTION [reason]", "close the incident"),
        ("/reopen [reason]", "reopen the incident"),
        ("/rollback RUN [reason]", "undo what a finished run did"),
        ("/help", "list the commands"),
    ];

    public static string Help =>
        "Commands: " + string.Join("; ", Commands.Select(c => $"{c.Usage} ({c.Meaning})")) +
        ". Anything else is a message: the planner reads it, e.g. \"block 203.0.113.9 for 1d\" or \"why\".";

    public static RoomCommand Parse(string? line)
    {
        var text = line?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new InvalidCommand("the message is empty");
        }

        if (text.Length > MaxLineLength)
        {
            return new InvalidCommand($"a message may be at most {MaxLineLength} characters");
        }

        if (!text.StartsWith('/'))
        {
            return new SayCommand(text);
        }

        var split = Split(text[1..], out var problem);
        if (problem is not null)
        {
            return new InvalidCommand(problem);
        }

        var words = split.Select(w => w.Text).ToList();
        var name = words.Count == 0 ? "" : words[0].ToLowerInvariant();
        var args = words.Skip(1).ToList();
        return name switch
        {
            "approve" => Number(args) is { } n ? new ApproveCommand(n, Rest(args, 1)) : Invalid("/approve N [note]"),
            "reject" => Number(args) is { } n && Rest(args, 1) is { } reason ? new RejectCommand(n, reason) : Invalid("/reject N reason (a reason is required)"),
            "run" => Run(split.Skip(1).ToList()),
            "assign" => args.Count == 1 ? new AssignCommand(args[0].Equals("nobody", StringComparison.OrdinalIgnoreCase) ? null : args[0]) : Invalid("/assign NAME | me | nobody"),
            "close" => args.Count >= 1 ? new CloseCommand(args[0].ToLowerInvariant(), Rest(args, 1)) : Invalid("/close RESOLUTION [reason]"),
            "reopen" => new ReopenCommand(Rest(args, 0)),
            "rollback" => args.Count >= 1 && IsRunIdPrefix(args[0]) ? new RollbackCommand(args[0].ToLowerInvariant(), Rest(args, 1)) : Invalid("/rollback RUN [reason], where RUN is at least the first 6 characters of the run's id"),
            "help" or "?" => new HelpCommand(),
            _ => new InvalidCommand($"unknown command '/{name}'. {Help}"),
        };
    }

    private static RoomCommand Run(List<(string Text, bool Quoted)> args)
    {
        if (args.Count == 0 || args[0].Text.Contains('='))
        {
            return Invalid("/run PLAYBOOK key=value ...");
        }

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (arg, wasQuoted) in args.Skip(1))
        {
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return new InvalidCommand($"'{arg}' is not key=value: /run PLAYBOOK key=value ...");
            }

            if (!inputs.TryAdd(arg[..equals], arg[(equals + 1)..]))
            {
                return new InvalidCommand($"the input '{arg[..equals]}' is given twice");
            }

            if (wasQuoted)
            {
                quoted.Add(arg[..equals]);
            }
        }

        return new RunCommand(args[0].Text, inputs, quoted);
    }

    private static int? Number(List<string> args)
    {
        var word = args.Count > 0 ? args[0].TrimStart('#') : "";
        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    private static string? Rest(List<string> args, int from) => args.Count > from ? string.Join(' ', args.Skip(from)) : null;

    private static bool IsRunIdPrefix(string word) => word.Length >= 6 && word.Length <= 36 && word.All(c => char.IsAsciiHexDigit(c) || c == '-');

    private static InvalidCommand Invalid(string usage) => new($"usage: {usage}");

    /// <summary>Splits on spaces, keeping "quoted values" (in a word or after <c>key=</c>) whole, and says which words had quotes.</summary>
    private static List<(string Text, bool Quoted)> Split(string text, out string? problem)
    {
        problem = null;
        var words = new List<(string Text, bool Quoted)>();
        var word = new StringBuilder();
        var quoted = false;
        var hadQuotes = false;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                hadQuotes = true;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (inWord)
                {
                    words.Add((word.ToString(), hadQuotes));
                    word.Clear();
                    inWord = false;
                    hadQuotes = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (quoted)
        {
            problem = "a quote is not closed";
        }

        if (inWord)
        {
            words.Add((word.ToString(), hadQuotes));
        }

        return words;
    }
}
