namespace AgentSoar.Intake.Mappings;

/// <summary>Source values from <paramref name="Min"/> to <paramref name="Max"/> (inclusive) give <paramref name="Id"/>.</summary>
internal sealed record SeverityRange(double Min, double Max, int Id);
