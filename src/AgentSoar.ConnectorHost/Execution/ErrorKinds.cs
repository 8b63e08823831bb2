using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.ConnectorHost.Execution;

/// <summary>The SDK's failure kinds (kept free of the contracts assembly) as the contracts' error kinds.</summary>
internal static class ErrorKinds
{
    public static ActionErrorKind From(ActionFailureKind kind) => kind switch
    {
        ActionFailureKind.Transient => ActionErrorKind.Transient,
        ActionFailureKind.InvalidInput => ActionErrorKind.InvalidInput,
        ActionFailureKind.NotFound => ActionErrorKind.NotFound,
        ActionFailureKind.Unauthorized => ActionErrorKind.Unauthorized,
        _ => ActionErrorKind.Permanent,
    };
}
