using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.Cacao;
using AgentSoar.Cacao.Problems;

namespace AgentSoar.Cli.Cacao;

/// <summary>
/// The <c>--report</c> file: every problem of one conversion as JSON, snake_case like the API, <c>report_version</c>
/// first. Each problem has its location twice: as printed, and split into a JSON <c>pointer</c> (CACAO files) or a
/// <c>line</c> and <c>column</c> (playbooks, and JSON that does not parse).
/// </summary>
internal static partial class CacaoReport
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(CacaoRequest request, IReadOnlyList<CacaoProblem> problems, bool written) =>
        Create(request, problems, written).ToJsonString(Output) + "\n";

    public static JsonObject Create(CacaoRequest request, IReadOnlyList<CacaoProblem> problems, bool written) => new()
    {
        ["report_version"] = Version,
        ["command"] = $"cacao {request.Direction.ToString().ToLowerInvariant()}",
        ["file"] = request.File,
        ["output"] = request.Output,
        ["mode"] = request.Mode == CacaoMode.Strict ? "strict" : "tolerant",
        ["written"] = written,
        ["errors"] = problems.Count(p => p.IsError),
        ["warnings"] = problems.Count(p => !p.IsError),
        ["problems"] = new JsonArray(problems.Select(Problem).ToArray()),
    };

    private static JsonNode Problem(CacaoProblem problem)
    {
        var node = new JsonObject
        {
            ["severity"] = problem.IsError ? "error" : "warning",
            ["file"] = problem.File,
            ["location"] = problem.Location.Length == 0 ? "/" : problem.Location,
        };
        if (LineColumn().Match(problem.Location) is { Success: true } match)
        {
            node["line"] = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            node["column"] = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            // The whole document is the empty pointer; "/" (as printed for it) would name a property called "".
            node["pointer"] = problem.Location is "/" ? string.Empty : problem.Location;
        }

        node["message"] = problem.Message;
        node["cacao_step"] = problem.CacaoStep;
        return node;
    }

    [GeneratedRegex(@"^(\d+):(\d+)$")]
    private static partial Regex LineColumn();
}
