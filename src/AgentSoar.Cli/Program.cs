namespace AgentSoar.Cli;

internal static class Program
{
    public static int Main(string[] args) => AgentSoarCli.Run(args, Console.Out, Console.Error);
}
