using System.CommandLine;

namespace AgentSoar.Cli.Cacao;

/// <summary>The <c>agentsoar cacao import|export</c> command group.</summary>
internal static class CacaoCommand
{
    /// <param name="time">Gives an exported playbook its <c>created</c> and <c>modified</c> times.</param>
    public static Command Create(TimeProvider time) =>
        new("cacao", "Convert between AgentSoar playbooks and OASIS CACAO 2.0 playbooks (JSON).")
        {
            Create(
                "import",
                "CACAO 2.0 playbook (JSON) to convert",
                "Convert a CACAO 2.0 playbook into an AgentSoar playbook (YAML). The result is checked with the playbook loader before it is written.",
                CacaoDirection.Import,
                time),
            Create(
                "export",
                "AgentSoar playbook (YAML) to convert",
                "Convert an AgentSoar playbook into a CACAO 2.0 playbook (JSON).",
                CacaoDirection.Export,
                time),
        };

    private static Command Create(string name, string fileDescription, string description, CacaoDirection direction, TimeProvider time)
    {
        var file = new Argument<string>("file") { Description = fileDescription };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the result; standard output when not given." };
        var strict = new Option<bool>("--strict")
        {
            Description = "The default. The CACAO side must pass the official CACAO 2.0 JSON schemas, and unknown agent, target and command types are errors.",
        };
        var tolerant = new Option<bool>("--tolerant")
        {
            Description = "Keep unknown agent, target and command types as they are and report each as a warning; no schema check.",
        };
        var schemas = new Option<string?>("--schemas")
        {
            Description = $"The folder of the official CACAO 2.0 JSON schemas (playbook.json and its folders), for strict mode. Default: {CacaoConversion.DefaultSchemaFolder} if it exists.",
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write every problem to this file as JSON (severity, location as a JSON pointer or line and column, message, CACAO step id), written or not.",
        };
        var noCatalog = new Option<bool>("--no-catalog")
        {
            Description = "Leave the connector catalog out: openc2-http commands stay as they are on import, and every action is an http-api command on export.",
        };
        var prefer = new Option<string?>("--prefer-connector")
        {
            Description = "When several connectors declare the same OpenC2 command, import it as this connector's action.",
        };
        var command = new Command(
            name,
            description + " Problems go to standard error as 'file:location: error|warning: message', the location a JSON pointer in CACAO files "
            + "and line:column in playbooks. Nothing is written when there is an error.")
        {
            file,
            output,
            strict,
            tolerant,
            schemas,
            report,
            noCatalog,
            prefer,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(strict) && result.GetValue(tolerant))
            {
                result.AddError("--strict and --tolerant cannot be given together.");
            }

            if (result.GetValue(noCatalog) && result.GetValue(prefer) is not null)
            {
                result.AddError("--prefer-connector chooses among the catalog's connectors, and --no-catalog leaves the catalog out.");
            }
        });
        command.SetAction(parseResult => CacaoConversion.Run(
            new CacaoRequest(
                direction,
                parseResult.GetValue(file)!,
                parseResult.GetValue(output),
                parseResult.GetValue(tolerant) ? AgentSoar.Cacao.CacaoMode.Tolerant : AgentSoar.Cacao.CacaoMode.Strict,
                parseResult.GetValue(schemas),
                parseResult.GetValue(report),
                !parseResult.GetValue(noCatalog),
                parseResult.GetValue(prefer)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            time));
        return command;
    }
}
