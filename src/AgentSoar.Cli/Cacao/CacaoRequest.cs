using AgentSoar.Cacao;

namespace AgentSoar.Cli.Cacao;

/// <summary>What one <c>agentsoar cacao import|export</c> was asked to do.</summary>
/// <param name="Direction">Import or export.</param>
/// <param name="File">The file to convert.</param>
/// <param name="Output">Where the result goes; standard output when null.</param>
/// <param name="Mode">Strict or tolerant.</param>
/// <param name="SchemaFolder">The CACAO schemas' folder, for strict mode; the default folder when null.</param>
/// <param name="Report">Where to write the JSON report of the problems (<c>--report</c>); none when null.</param>
/// <param name="UseCatalog">Whether to map OpenC2 commands to the first-party connector actions (not with <c>--no-catalog</c>).</param>
/// <param name="PreferredConnector">The connector whose action an OpenC2 command becomes when several declare it (<c>--prefer-connector</c>).</param>
internal sealed record CacaoRequest(
    CacaoDirection Direction,
    string File,
    string? Output,
    CacaoMode Mode,
    string? SchemaFolder,
    string? Report = null,
    bool UseCatalog = true,
    string? PreferredConnector = null);
