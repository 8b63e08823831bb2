using System.Data.Common;

namespace AgentSoar.Storage;

internal static class PlanSql
{
    private const string Columns = "id, incident_id, alert_id, planner_kind, decision_json, created_at, outcome_json";

    public const string Insert =
        $"INSERT INTO plans ({Columns}) VALUES (@Id, @IncidentId, @AlertId, @PlannerKind, @DecisionJson, @CreatedAt, @OutcomeJson)";

    public const string SelectByIncident = $"SELECT {Columns} FROM plans WHERE incident_id = @IncidentId ORDER BY created_at, id";

    public const string SelectById = $"SELECT {Columns} FROM plans WHERE id = @Id";

    /// <summary>Only the first decision lands: a double click or two people at once change the plan once.</summary>
    public const string TryDecide = "UPDATE plans SET outcome_json = @OutcomeJson WHERE id = @Id AND outcome_json IS NULL";

    public static object Parameters(PlanRecord plan, SqlDialect dialect) => new
    {
        Id = dialect.Id(plan.Id),
        IncidentId = dialect.Id(plan.IncidentId),
        AlertId = dialect.Id(plan.AlertId),
        plan.PlannerKind,
        plan.DecisionJson,
        CreatedAt = StoredTime.Ticks(plan.CreatedAt),
        plan.OutcomeJson,
    };

    public static PlanRecord Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetGuid(1), row.GetGuid(2), row.GetString(3), row.GetString(4), row.GetTime(5))
    {
        OutcomeJson = row.IsDBNull(6) ? null : row.GetString(6),
    };
}
