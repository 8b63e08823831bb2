using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;

namespace AgentSoar.Cli.Playbooks.Tracing;

/// <summary>
/// Writes a <see cref="RunTrace"/> as a readable tree: a header with the run's status, then each step
/// (indented by nesting) with its status and time, and under it what went in, what came out, why.
/// </summary>
internal static class TextTracePrinter
{
    // Long values are cut so one huge output cannot bury the rest of the trace; --format json has them whole.
    private const int MaxValueChars = 400;

    // Readable JSON on one line: quotes and '<' left as they are, not escaped as \u0027 for a web page.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(RunTrace trace, TextWriter output, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{indent}run of {trace.PlaybookId} v{trace.PlaybookVersion} ({trace.Mode}): {trace.Status}{Timing(trace.DurationMs)}");
        WriteField(output, indent + "  ", "reason", trace.Reason);
        WriteField(output, indent + "  ", "inputs", trace.Inputs);
        WriteField(output, indent + "  ", "outputs", trace.Outputs);
        foreach (var note in trace.Notes)
        {
            WriteField(output, indent + "  ", "note", note);
        }

        foreach (var step in trace.Steps)
        {
            WriteStep(step, output, indent + new string(' ', 2 * step.Depth));
        }
    }

    private static void WriteStep(StepTrace step, TextWriter output, string indent)
    {
        var what = step.Action is null ? step.Kind : $"{step.Kind} {step.Action}";
        output.WriteLine($"{indent}- {step.Id}{(step.Name is null ? string.Empty : $" ({step.Name})")} [{what}] {step.Status}{Timing(step.DurationMs)}");
        var under = indent + "    ";
        if (step.Branch is not null)
        {
            WriteField(output, under, "branch", step.Detail is null ? step.Branch : $"{step.Branch} ({step.Detail})");
        }
        else
        {
            WriteField(output, under, "detail", step.Detail);
        }

        if (step.Approval is { } approval)
        {
            var role = approval.Role is null ? string.Empty : $" with the role '{approval.Role}'";
            WriteField(output, under, "approval", $"{approval.Required} approver(s){role} for a {approval.Risk}-risk action ({approval.Reason}): {approval.Decision} by {approval.DecidedBy}");
            WriteField(output, under, "question", approval.Question);
            WriteField(output, under, "answer", approval.Answer);
        }

        WriteField(output, under, "effect", Describe(step));
        WriteField(output, under, "inputs", step.Inputs);
        WriteField(output, under, "output", step.Output);
        WriteField(output, under, "error", step.Error);
        if (step.Attempts > 1)
        {
            WriteField(output, under, "attempts", step.Attempts.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var failed in step.PreviousAttempts)
        {
            WriteField(output, under, $"attempt {failed.Attempt.ToString(CultureInfo.InvariantCulture)}", $"failed ({failed.ErrorKind ?? "error"}): {failed.Error}");
        }

        foreach (var note in step.Notes)
        {
            WriteField(output, under, "note", note);
        }
    }

    private static string? Describe(StepTrace step) => step.Effect switch
    {
        StepEffects.Recorded => $"recorded, not performed: would run {step.Action} with the inputs below",
        StepEffects.Performed => "performed: a read-only action",
        StepEffects.NotConfigured => "not run: the connector is not configured here",
        _ => null,
    };

    private static void WriteField(TextWriter output, string indent, string name, JsonNode? value)
    {
        if (value is not null)
        {
            WriteField(output, indent, name, value.ToJsonString(Compact));
        }
    }

    private static void WriteField(TextWriter output, string indent, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        var text = value.Length > MaxValueChars ? $"{value[..MaxValueChars]}... ({value.Length} characters; --format json shows all)" : value;

        // One line per field: a multi-line comment in an input must not break the tree's layout.
        text = text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        output.WriteLine($"{indent}{name}: {text}");
    }

    private static string Timing(double? milliseconds) => milliseconds switch
    {
        null => string.Empty,
        < 1000 => string.Create(CultureInfo.InvariantCulture, $" in {milliseconds:0.#} ms"),
        < 60_000 => string.Create(CultureInfo.InvariantCulture, $" in {milliseconds / 1000:0.#} s"),

        // Long spans are skipped waits and approvals: say them as a playbook would (24h, 1h30m).
        _ => $" in {DurationText.Format(TimeSpan.FromSeconds(Math.Round(milliseconds.Value / 1000)))}",
    };
}
