using System.Text.Json;
using AgentSoar.Cacao;
using AgentSoar.Cacao.OpenC2;
using AgentSoar.Cacao.Problems;
using AgentSoar.Cacao.Schemas;
using AgentSoar.Cli.Connectors;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.Cli.Cacao;

/// <summary>Runs one conversion: reads the file, converts, prints the problems, writes the result.</summary>
internal static class CacaoConversion
{
    /// <summary>Where strict mode looks for the schemas when <c>--schemas</c> is not given (relative to the working folder).</summary>
    public const string DefaultSchemaFolder = "schemas/cacao";

    public static int Run(CacaoRequest request, TextWriter output, TextWriter error, TimeProvider clock)
    {
        JsonSchemaSet? schemas = null;
        if (request.Mode == CacaoMode.Strict && LoadSchemas(request.SchemaFolder, error, out schemas) is { } failed)
        {
            return failed;
        }

        if (!File.Exists(request.File))
        {
            var missing = new CacaoProblem(request.File, "/", CacaoSeverity.Error, "no such file");
            error.WriteLine(missing.ToString());
            return WriteReport(request, [missing], written: false, error) ?? ExitCodes.ProblemsFound;
        }

        OpenC2Catalog? openC2 = null;
        if (request.UseCatalog && LoadCatalog(request.PreferredConnector, error, out openC2) is { } noCatalog)
        {
            return noCatalog;
        }

        var text = File.ReadAllText(request.File);
        var outputName = request.Output ?? "<stdout>";
        var result = request.Direction == CacaoDirection.Import
            ? CacaoImporter.Import(text, request.File, outputName, schemas, request.Mode, openC2)
            : CacaoExporter.Export(text, request.File, outputName, schemas, request.Mode, clock, openC2);
        foreach (var problem in result.Problems)
        {
            error.WriteLine(problem.ToString());
        }

        if (!result.Succeeded)
        {
            error.WriteLine($"{result.Problems.Count(p => p.IsError)} error(s); nothing written");
            return WriteReport(request, result.Problems, written: false, error) ?? ExitCodes.ProblemsFound;
        }

        if (WriteReport(request, result.Problems, written: true, error) is { } reportFailed)
        {
            return reportFailed;
        }

        if (request.Output is null)
        {
            output.Write(result.Text);
        }
        else
        {
            File.WriteAllText(request.Output, result.Text);
            error.WriteLine($"wrote {request.Output}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Writes the <c>--report</c> file when one was asked for; an exit code when it cannot be written.</summary>
    /// <remarks>Written before the result, so a result is never left without the report that goes with it.</remarks>
    private static int? WriteReport(CacaoRequest request, IReadOnlyList<CacaoProblem> problems, bool written, TextWriter error)
    {
        if (request.Report is null)
        {
            return null;
        }

        try
        {
            File.WriteAllText(request.Report, CacaoReport.Serialize(request, problems, written));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"agentsoar: the report {request.Report} could not be written: {e.Message}");
            return ExitCodes.CommandFailed;
        }
    }

    private static int? LoadCatalog(string? preferred, TextWriter error, out OpenC2Catalog? catalog)
    {
        catalog = null;
        IReadOnlyList<ConnectorInfo> connectors;
        try
        {
            connectors = FirstPartyConnectors.LoadCatalog();
        }
        catch (ConnectorConfigurationException e)
        {
            error.WriteLine($"agentsoar: the connectors could not be loaded, so OpenC2 commands cannot be matched to their actions: {e.Message}");
            error.WriteLine("agentsoar: use --no-catalog to convert without them.");
            return ExitCodes.CommandFailed;
        }

        if (preferred is not null && !connectors.Any(c => c.Name == preferred))
        {
            error.WriteLine($"agentsoar: --prefer-connector names '{preferred}', which is not a connector here ({string.Join(", ", connectors.Select(c => c.Name).Order(StringComparer.Ordinal))}).");
            return ExitCodes.CommandFailed;
        }

        catalog = CacaoConnectors.OpenC2(connectors, preferred);
        return null;
    }

    private static int? LoadSchemas(string? folder, TextWriter error, out JsonSchemaSet? schemas)
    {
        schemas = null;
        var path = folder ?? DefaultSchemaFolder;
        if (!File.Exists(Path.Combine(path, "playbook.json")))
        {
            error.WriteLine(folder is null
                ? $"agentsoar: strict mode checks against the official CACAO 2.0 JSON schemas, and there is no {DefaultSchemaFolder}/playbook.json here: give their folder with --schemas, or use --tolerant."
                : $"agentsoar: {folder} has no playbook.json: --schemas must name the folder of the CACAO 2.0 JSON schemas.");
            return ExitCodes.CommandFailed;
        }

        try
        {
            schemas = JsonSchemaSet.LoadFolder(path);
            return null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"agentsoar: the CACAO schemas in {path} could not be read: {e.Message}");
            return ExitCodes.CommandFailed;
        }
    }
}
