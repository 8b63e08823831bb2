namespace AgentSoar.Coordinator.DeadLetters;

/// <summary>A dead letter's message, read back and ready to be sent to its queue again.</summary>
internal sealed record ReplayMessage(string Queue, Type Type, object Payload, Guid? MessageId, Guid? CorrelationId, Guid? ConversationId);
