using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.OpenC2.Language;

/// <summary>A validated OpenC2 response (Language Specification v1.0, section 3.3.2).</summary>
/// <param name="Status">The status code: 102, 200, 400, 401, 403, 404, 500, 501 or 503.</param>
/// <param name="StatusText">The human-readable status, when given.</param>
/// <param name="Results">The results, when given.</param>
public sealed record OpenC2Response(int Status, string? StatusText, JsonObject? Results)
{
    /// <summary>The status codes the language defines.</summary>
    public static IReadOnlySet<int> StatusCodes { get; } = new HashSet<int> { 102, 200, 400, 401, 403, 404, 500, 501, 503 };
}
