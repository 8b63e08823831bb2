using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel;

/// <summary>
/// The configured sources of the connector, asked together: the worst verdict wins, the score is
/// the highest, and every source that said something is listed. A failing source fails the lookup
/// (the most lasting failure kind first) unless it is optional, then it is listed as unavailable.
/// </summary>
internal sealed class IntelSources(IReadOnlyList<IIntelSource> sources)
{
    public const string NotConfigured =
        "The intel connector is not configured: add sources under AgentSoar:Connectors:intel:Sources (see docs/connectors/intel.md).";

    public IReadOnlyList<IIntelSource> All => sources;

    public bool IsConfigured => sources.Count > 0;

    public async Task<ActionResult<LookupOutput>> LookupAsync(Indicator indicator, ActionContext context)
    {
        if (!IsConfigured)
        {
            return ActionFailure.Permanent(NotConfigured);
        }

        var asked = sources.Where(source => source.Handles(indicator.Kind)).ToList();
        var outcomes = await Task.WhenAll(asked.Select(source => source.LookupAsync(indicator, context)));

        var said = new List<SourceVerdict>();
        var unavailable = new List<string>();
        var failures = new List<ActionFailure>();
        for (var i = 0; i < asked.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome.Verdict is { } verdict)
            {
                said.Add(verdict);
            }
            else if (outcome.Failure is { } failure)
            {
                if (asked[i].Optional)
                {
                    unavailable.Add(failure.Message);
                }
                else
                {
                    failures.Add(failure);
                }
            }
        }

        if (failures.Count > 0)
        {
            return failures.OrderBy(failure => Lasting(failure.Kind)).First();
        }

        var worst = said.Count == 0 ? Verdict.Unknown : said.Max(s => s.Verdict);
        var score = said.Count == 0 ? 0 : said.Max(s => s.Score);
        return new LookupOutput(indicator.Value, indicator.Kind, worst, score, said, unavailable);
    }

    // The failure the host should act on when several sources fail: one that retrying cannot fix.
    private static int Lasting(ActionFailureKind kind) => kind switch
    {
        ActionFailureKind.Unauthorized => 0,
        ActionFailureKind.Permanent => 1,
        ActionFailureKind.InvalidInput => 2,
        ActionFailureKind.NotFound => 3,
        _ => 4,
    };
}
