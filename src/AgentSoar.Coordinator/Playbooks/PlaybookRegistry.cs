using System.Collections.Concurrent;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Playbooks;

/// <summary>
/// The playbooks in service, loaded from the configured folder at start and again whenever its files change
/// (<see cref="Reload"/>). A changed file that validates becomes the new version in service; one that does not is
/// reported with file:line:col and the version already in service keeps running. Runs find their playbook by
/// content hash, so a run always continues with the exact version it started with.
/// </summary>
public sealed partial class PlaybookRegistry : IPlaybookLookup
{
    private readonly ConcurrentDictionary<string, Playbook> _byHash = new(StringComparer.Ordinal);
    private readonly PlaybookFolder _folder;
    private readonly ILogger<PlaybookRegistry> _logger;

    public PlaybookRegistry(IOptions<CoordinatorOptions> options, ILogger<PlaybookRegistry> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        if (!Directory.Exists(options.Value.PlaybooksPath))
        {
            throw new InvalidOperationException($"AgentSoar:Coordinator:PlaybooksPath: the folder '{options.Value.PlaybooksPath}' does not exist.");
        }

        _folder = new PlaybookFolder(options.Value.PlaybooksPath);
        Reload();
    }

    public PlaybookCatalog Catalog => _folder.Catalog;

    /// <summary>The problems of the last load: files refused (a refused change leaves the version before it in service).</summary>
    public IReadOnlyList<PlaybookDiagnostic> Diagnostics => _folder.Diagnostics;

    public Playbook? Find(string id) => Catalog.Find(id);

    /// <summary>Loads the folder again (see <see cref="PlaybookFolder.Reload"/>) and logs what changed.</summary>
    public void Reload()
    {
        var reload = _folder.Reload();
        foreach (var (old, current) in reload.Replaced)
        {
            LogReplaced(_logger, old.Id, old.Metadata.Version, current.Metadata.Version, current.ContentHash[..12]);
        }

        foreach (var old in reload.Kept)
        {
            LogKept(_logger, old.Id, old.Metadata.Version, old.SourceFile);
        }

        foreach (var old in reload.Removed)
        {
            LogRemoved(_logger, old.Id, old.SourceFile);
        }

        foreach (var diagnostic in reload.NewProblems)
        {
            LogInvalid(_logger, diagnostic.ToString());
        }

        foreach (var playbook in Catalog.All)
        {
            _byHash.TryAdd(playbook.ContentHash, playbook);
        }

        LogLoaded(_logger, Catalog.All.Count, _folder.Path);
    }

    /// <inheritdoc cref="PlaybookFolder.Fingerprint"/>
    public string Fingerprint() => _folder.Fingerprint();

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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} playbook(s) in service from {Path}")]
    private static partial void LogLoaded(ILogger logger, int count, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Playbook {Id}: version {OldVersion} replaced by version {NewVersion} ({Hash})")]
    private static partial void LogReplaced(ILogger logger, string id, int oldVersion, int newVersion, string hash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Playbook {Id}: {File} no longer validates; version {Version} stays in service")]
    private static partial void LogKept(ILogger logger, string id, int version, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Playbook {Id}: {File} is gone or holds another playbook; {Id} leaves service (runs already going continue)")]
    private static partial void LogRemoved(ILogger logger, string id, string file);
}
