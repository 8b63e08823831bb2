namespace AgentSoar.Playbooks.Expressions.Nodes;

internal enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
}
