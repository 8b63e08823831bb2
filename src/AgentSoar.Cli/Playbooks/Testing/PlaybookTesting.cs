using AgentSoar.Cli.Connectors;
using AgentSoar.Cli.Playbooks.Tracing;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Testing;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Cli.Playbooks.Testing;

/// <summary>Finds the test files, loads the playbook each one tests, runs every case and reports.</summary>
internal static class PlaybookTesting
{
    public static int Run(IReadOnlyList<string> paths, bool trace, TextWriter output, TextWriter error)
    {
        var catalog = FirstPartyConnectors.LoadCatalog();
        var actions = new ConnectorActionCatalog(catalog);
        var traits = new ConnectorActionTraits(catalog);
        var playbooksByFolder = new Dictionary<string, PlaybookCatalog>(StringComparer.Ordinal);
        int passed = 0, failed = 0;
        foreach (var file in TestFiles(paths, output, ref failed))
        {
            var (text, refusal) = PlaybookLoader.ReadFile(file);
            var (suite, errors) = text is null ? (null, [refusal!.ToString()]) : PlaybookTestReader.Read(file, text);
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (!playbooksByFolder.TryGetValue(folder, out var playbooks))
            {
                playbooks = playbooksByFolder[folder] = PlaybookCatalog.LoadDirectory(folder, actions).Catalog;
            }

            var playbook = suite is null ? null : playbooks.Find(suite.PlaybookId);
            if (suite is null || playbook is null)
            {
                failed++;
                output.WriteLine($"FAIL {file}");
                foreach (var problem in suite is null ? errors : [$"no valid playbook '{suite.PlaybookId}' in {folder} (validate it with 'agentsoar playbook validate')"])
                {
                    output.WriteLine($"    {problem}");
                }

                continue;
            }

            foreach (var test in suite.Cases)
            {
                var result = PlaybookTestRunner.Run(playbook, test, ApprovalPolicy.Default, traits, playbooks);
                output.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {file}: {test.Name}");
                foreach (var failure in result.Failures)
                {
                    output.WriteLine($"    {failure}");
                }

                if (trace && !result.Passed && result.Run is { } run)
                {
                    TextTracePrinter.Write(RunTraceBuilder.Build(run, playbook, "test"), output, indent: "    ");
                }

                if (result.Passed)
                {
                    passed++;
                }
                else
                {
                    failed++;
                }
            }
        }

        output.WriteLine($"{passed} passed, {failed} failed");
        if (passed + failed == 0)
        {
            error.WriteLine("no playbook tests found (files named NAME.test.yaml)");
            return ExitCodes.ProblemsFound;
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    private static List<string> TestFiles(IReadOnlyList<string> paths, TextWriter output, ref int failed)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(PlaybookCatalog.IsPlaybookTestFile).Order(StringComparer.Ordinal));
            }
            else
            {
                failed++;
                output.WriteLine($"FAIL {path}");
                output.WriteLine("    no such file or folder");
            }
        }

        return files;
    }
}
