using AgentSoar.Playbooks.Loading;
using Microsoft.Extensions.Options;

namespace AgentSoar.Planner;

/// <summary>
/// The playbooks the planner may propose. Invalid files are left out (the Coordinator reports them); the folder is
/// looked at again at most every <see cref="PlannerOptions.PlaybookReloadInterval"/>, when a plan is asked for, so a
/// playbook put in service is proposed without a restart and a refused change leaves the version before it.
/// </summary>
public sealed class PlaybookCatalogSource(IOptions<PlannerOptions> options, TimeProvider clock)
{
    private readonly Lazy<PlaybookFolder> _folder = new(() =>
    {
        if (!Directory.Exists(options.Value.PlaybooksPath))
        {
            throw new InvalidOperationException($"AgentSoar:Planner:PlaybooksPath: the folder '{options.Value.PlaybooksPath}' does not exist.");
        }

        var folder = new PlaybookFolder(options.Value.PlaybooksPath);
        folder.Reload();
        return folder;
    });

    private string? _fingerprint;
    private DateTimeOffset _lookedAt = DateTimeOffset.MinValue;

    public PlaybookCatalog Catalog
    {
        get
        {
            var folder = _folder.Value;
            var interval = options.Value.PlaybookReloadInterval;
            var now = clock.GetUtcNow();
            if (interval > TimeSpan.Zero && now - _lookedAt >= interval)
            {
                _lookedAt = now;
                var fingerprint = folder.Fingerprint();
                if (_fingerprint is not null && fingerprint != _fingerprint)
                {
                    folder.Reload();
                }

                _fingerprint = fingerprint;
            }

            return folder.Catalog;
        }
    }
}
