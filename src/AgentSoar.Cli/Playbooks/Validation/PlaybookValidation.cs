using AgentSoar.Cli.Connectors;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Cli.Playbooks.Validation;

/// <summary>Validates playbooks from files and folders and reports every problem found, not just the first.</summary>
internal static class PlaybookValidation
{
    public static int Run(IReadOnlyList<string> paths, bool skipConnectorChecks, TextWriter output, TextWriter error)
    {
        IActionCatalog? actions = null;
        if (!skipConnectorChecks)
        {
            try
            {
                actions = new ConnectorActionCatalog(FirstPartyConnectors.LoadCatalog());
            }
            catch (ConnectorConfigurationException ex)
            {
                error.WriteLine($"agentsoar: the connectors could not be loaded, so playbooks cannot be checked against them: {ex.Message}");
                error.WriteLine("agentsoar: use --no-catalog to validate without the connector checks.");
                return ExitCodes.CommandFailed;
            }
        }

        var (files, pathProblems) = PlaybookFiles.Expand(paths);

        // The catalog, not a per-file loop: it is what reports one id used by two files, in the same words the services use.
        var (_, diagnostics) = PlaybookCatalog.LoadFiles(files, actions);
        var problems = pathProblems.Concat(diagnostics).ToList();
        foreach (var problem in problems)
        {
            output.WriteLine(problem.ToString());
        }

        if (problems.Count == 0)
        {
            error.WriteLine($"{files.Count} playbook(s) valid");
            return ExitCodes.Success;
        }

        var fileCount = problems.Select(problem => problem.Location.File).Distinct(StringComparer.Ordinal).Count();
        error.WriteLine($"{problems.Count} problem(s) in {fileCount} file(s)");
        return ExitCodes.ProblemsFound;
    }
}
