namespace AgentSoar.Contracts.Queries;

/// <summary>
/// One problem in a playbook file, at a 1-based line and column (0 when it is about the whole file). Errors keep
/// the file out of service; warnings are what the connectors announced so far do not offer (an unknown action, an
/// input it does not take): the file is in service, and such a step fails when it runs unless a host offers it by then.
/// </summary>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="File">The file's path inside the playbook folder.</param>
/// <param name="Line">1-based; 0 for the whole file.</param>
/// <param name="Column">1-based; 0 for the whole file.</param>
/// <param name="Message">What is wrong, in the validator's words.</param>
public sealed record PlaybookProblemView(string Severity, string File, int Line, int Column, string Message);
