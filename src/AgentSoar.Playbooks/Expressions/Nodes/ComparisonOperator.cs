namespace AgentSoar.Playbooks.Expressions.Nodes;

internal enum ComparisonOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
