namespace AgentSoar.Console.Ui.Room;

/// <summary>What the room tells the one who typed or clicked: whether it was done, and in words.</summary>
public sealed record RoomReply(bool Ok, string Text)
{
    public static RoomReply Done(string text) => new(true, text);

    public static RoomReply Refused(string text) => new(false, text);
}
