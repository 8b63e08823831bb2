using System.Collections.Concurrent;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Playbooks;

/// <summary>
/// The playbooks in service, loaded once at start from the configured folder. A file that does not
/// validate is reported with file:line:col and never runs. Runs find their playbook by content
/// hash, so a run always continues with the exact version it started with.
/// </summary>
public sealed partial class PlaybookRegistry : IPlaybookLookup
{
    private readonly ConcurrentDictionary<string, Playbook> _byHash;

    public PlaybookRegistry(IOptions<CoordinatorOptions> options, ILogger<PlaybookRegistry> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.GetFullPath(options.Value.PlaybooksPath);
        if (!Directory.Exists(path))
        {
            throw new InvalidOperationException($"AgentSoar:Coordinator:PlaybooksPath: the folder '{options.Value.PlaybooksPath}' does not exist.");
        }

        var (catalog, diagnostics) = PlaybookCatalog.LoadDirectory(path);
        foreach (var diagnostic in diagnostics)
        {
            LogInvalid(logger, diagnostic.ToString());
        }

        Catalog = catalog;
        Diagnostics = diagnostics;
        _byHash = new ConcurrentDictionary<string, Playbook>(catalog.All.ToDictionary(p => p.ContentHash, StringComparer.Ordinal), StringComparer.Ordinal);
        LogLoaded(logger, catalog.All.Count, path);
    }

    public PlaybookCatalog Catalog { get; }

    public IReadOnlyList<PlaybookDiagnostic> Diagnostics { get; }

    public Playbook? Find(string id) => Catalog.Find(id);

    /// <summary>
    /// The exact version a run pinned: the loaded one with that content hash, else the run's own copy
    /// of the source (the file changed since, or another replica loaded another version). Null only
    /// when neither exists or the copy no longer validates.
    /// </summary>
    public Playbook? FindPinned(string id, string contentHash, string? source = null)
    {
        if (_byHash.TryGetValue(contentHash, out var playbook))
        {
            return playbook.Id == id ? playbook : null;
        }

        if (source is null)
        {
            return null;
        }

        var reloaded = PlaybookLoader.LoadText(source, $"{id}@{contentHash[..Math.Min(12, contentHash.Length)]}").Playbook;
        return reloaded is not null && reloaded.Id == id && reloaded.ContentHash == contentHash
            ? _byHash.GetOrAdd(contentHash, reloaded)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Playbook refused: {Diagnostic}")]
    private static partial void LogInvalid(ILogger logger, string diagnostic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} playbook(s) from {Path}")]
    private static partial void LogLoaded(ILogger logger, int count, string path);
}
