using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>The <c>wait</c> step: <c>wait: { for: 5m }</c> or <c>wait: { until: "${{ ... }}", timeout: 1h, every: 30s }</c>.</summary>
internal sealed partial class StepReader
{
    private static readonly TimeSpan DefaultEvery = TimeSpan.FromSeconds(30);

    private WaitStep ReadWaitStep(MappingReader step, string id, string label)
    {
        TimeSpan? duration = null;
        ValueTemplate? until = null;
        var timeout = TimeSpan.Zero;
        var every = DefaultEvery;
        if (step.Get("wait") is YamlMappingNode map)
        {
            var wait = new MappingReader(context, map, $"the wait of {label}", PlaybookKeys.Wait);
            duration = wait.Duration("for");
            until = wait.Get("until") is { } condition ? TemplateReader.Read(context, condition) : null;
            if ((duration is null) == (until is null))
            {
                context.Error(map, $"{label} waits either 'for' a duration or 'until' a condition: give exactly one");
            }

            if (until is not null)
            {
                timeout = wait.Duration("timeout") ?? TimeSpan.Zero;
                if (!wait.Has("timeout"))
                {
                    context.Error(map, $"{label} waits 'until' a condition and needs a 'timeout': how long it may take to hold");
                }

                every = wait.Duration("every") ?? DefaultEvery;
            }
            else if (wait.Has("timeout") || wait.Has("every"))
            {
                context.Error(map, $"'timeout' and 'every' go with 'until', not with 'for'");
            }
        }
        else
        {
            context.Error(step.Get("wait")!, $"'wait' of {label} must be a mapping ({{ for: 5m }} or {{ until: ..., timeout: 1h }}), not {YamlScalars.Describe(step.Get("wait")!)}");
        }

        return new WaitStep(id, step.Location, duration, until, timeout, every);
    }
}
