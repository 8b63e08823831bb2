using System.ComponentModel;

namespace AgentSoar.ConnectorHost.Tests.TestSupport;

public sealed record EchoInput([Description("What to echo.")] string Text, int Count = 1);

public sealed record EchoOutput(string Text, int Count);

public sealed record FlakyInput(int Failures);

public sealed record EmptyInput;

public sealed record NumberOutput(double Value);
