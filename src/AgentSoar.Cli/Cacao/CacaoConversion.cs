using System.Text.Json;
using AgentSoar.Cacao;
using AgentSoar.Cacao.Schemas;

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
            error.WriteLine($"{request.File}:/: error: no such file");
            return ExitCodes.ProblemsFound;
        }

        var text = File.ReadAllText(request.File);
        var outputName = request.Output ?? "<stdout>";
        var result = request.Direction == CacaoDirection.Import
            ? CacaoImporter.Import(text, request.File, outputName, schemas, request.Mode)
            : CacaoExporter.Export(text, request.File, outputName, schemas, request.Mode, clock);
        foreach (var problem in result.Problems)
        {
            error.WriteLine(problem.ToString());
        }

        if (!result.Succeeded)
        {
            error.WriteLine($"{result.Problems.Count(p => p.IsError)} error(s); nothing written");
            return ExitCodes.ProblemsFound;
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
