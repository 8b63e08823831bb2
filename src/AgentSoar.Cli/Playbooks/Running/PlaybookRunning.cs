using System.Text.Json.Nodes;
using AgentSoar.Cli.Connectors;
using AgentSoar.Cli.Playbooks.Tracing;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>
/// <c>agentsoar playbook run --simulate</c>: loads and validates the playbook, reads the alert, runs
/// the playbook on the real engine in process with every connector simulated, and prints the trace.
/// </summary>
internal static class PlaybookRunning
{
    public const string Mode = "simulation";

    public static async Task<int> RunAsync(RunRequest request, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Simulate)
        {
            error.WriteLine("agentsoar: playbook run only simulates, and needs --simulate. Real runs go through the server "
                + "(POST /api/v1/incidents/{id}/runs), where approvals, the audit trail and the connectors' configuration apply; "
                + "the command line never performs a real action.");
            return ExitCodes.CommandFailed;
        }

        SimulationHost host;
        try
        {
            host = SimulationHost.Start(time);
        }
        catch (ConnectorConfigurationException ex)
        {
            error.WriteLine($"agentsoar: the connectors could not be loaded: {ex.Message}");
            return ExitCodes.CommandFailed;
        }

        using (host)
        {
            var playbook = Load(request.PlaybookPath, host, error);
            var (alert, alertError) = AlertFile.Read(request.AlertPath);
            if (alertError is not null)
            {
                error.WriteLine(alertError);
            }

            if (playbook is null || alert is null)
            {
                return ExitCodes.CommandFailed;
            }

            var incident = new JsonObject
            {
                ["id"] = "simulated-incident",
                ["title"] = alert["finding_info"]?["title"]?.DeepClone(),
                ["severity_id"] = alert["severity_id"]?.DeepClone(),
            };
            var inputs = ResolveInputs(request, playbook, alert, incident, error);
            if (inputs is null)
            {
                return ExitCodes.CommandFailed;
            }

            var annotations = new TraceAnnotations();
            var traits = new ConnectorActionTraits(host.Registry.Catalog);
            var simulator = new RunSimulator(new SimulatedActions(host, annotations), request.Approvals, time, annotations);
            var context = new EngineContext(playbook, ApprovalPolicy.Default, traits)
            {
                Playbooks = new SiblingPlaybooks(request.PlaybookPath, new ConnectorActionCatalog(host.Registry.Catalog)),
            };
            var run = await simulator.RunAsync(playbook, context, alert, incident, inputs, cancellationToken);
            var trace = RunTraceBuilder.Build(run, playbook, Mode, annotations);
            if (request.Json)
            {
                JsonTracePrinter.Write(trace, output);
            }
            else
            {
                TextTracePrinter.Write(trace, output);
            }

            var recorded = trace.Steps.Count(s => s.Effect == StepEffects.Recorded);
            error.WriteLine($"simulated run {trace.Status}: {trace.Steps.Count} step(s), {recorded} mutating action(s) recorded, none performed");
            return run.Status == RunStatus.Succeeded ? ExitCodes.Success : ExitCodes.ProblemsFound;
        }
    }

    private static Playbook? Load(string path, SimulationHost host, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: error: {(Directory.Exists(path) ? "is a folder; give one playbook file" : "no such file")}");
            return null;
        }

        // The same checks as 'playbook validate', with the playbooks beside it that its playbook steps may call
        // (this file first, so it keeps its id); only this file's problems are its to report.
        var folder = Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : ".";
        var siblings = Directory.EnumerateFiles(folder).Where(PlaybookCatalog.IsPlaybookFile)
            .Where(f => Path.GetFullPath(f) != Path.GetFullPath(path)).Order(StringComparer.Ordinal);
        var (catalog, diagnostics) = PlaybookCatalog.LoadFiles([path, .. siblings], new ConnectorActionCatalog(host.Registry.Catalog));
        var own = diagnostics.Where(d => d.Location.File == path).ToList();
        foreach (var diagnostic in own)
        {
            error.WriteLine(diagnostic.ToString());
        }

        return own.Count == 0 ? catalog.All.SingleOrDefault(p => p.SourceFile == path) : null;
    }

    private static JsonObject? ResolveInputs(RunRequest request, Playbook playbook, JsonObject alert, JsonObject incident, TextWriter error)
    {
        var (given, argumentErrors) = InputArguments.Parse(request.Inputs, playbook);
        var resolution = argumentErrors.Count == 0 ? InputResolver.Resolve(playbook, given, alert, incident) : null;
        var errors = resolution is null ? argumentErrors : resolution.Errors;
        foreach (var problem in errors)
        {
            error.WriteLine($"agentsoar: the run cannot start: {problem}");
        }

        return errors.Count == 0 ? resolution!.Inputs : null;
    }
}
