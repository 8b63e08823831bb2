using AgentSoar.Playbooks.Loading;
using Microsoft.Extensions.Options;

namespace AgentSoar.Planner;

/// <summary>The playbooks the planner may propose, loaded once. Invalid files are left out (the Coordinator reports them).</summary>
public sealed class PlaybookCatalogSource(IOptions<PlannerOptions> options)
{
    private readonly Lazy<PlaybookCatalog> _catalog = new(() =>
    {
        var path = Path.GetFullPath(options.Value.PlaybooksPath);
        if (!Directory.Exists(path))
        {
            throw new InvalidOperationException($"AgentSoar:Planner:PlaybooksPath: the folder '{options.Value.PlaybooksPath}' does not exist.");
        }

        return PlaybookCatalog.LoadDirectory(path).Catalog;
    });

    public PlaybookCatalog Catalog => _catalog.Value;
}
