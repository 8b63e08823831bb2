namespace AgentSoar.Planning.Chat;

/// <summary>What an analyst's chat message asks for.</summary>
public enum ChatIntentKind
{
    /// <summary>What can be said here.</summary>
    Help,

    /// <summary>Why the planner picked what it picked for this incident.</summary>
    Why,

    /// <summary>What ran on this incident.</summary>
    WhatRan,

    /// <summary>An action on something: block an address, isolate a host, disable an account, look something up.</summary>
    Act,

    /// <summary>Not understood; the reason says what was expected.</summary>
    Unknown,
}

/// <summary>An analyst's message, understood.</summary>
/// <param name="Kind">What it asks for.</param>
/// <param name="Action">For <see cref="ChatIntentKind.Act"/>: the action.</param>
/// <param name="Problem">For <see cref="ChatIntentKind.Unknown"/>: why it was not understood.</param>
public sealed record ChatIntent(ChatIntentKind Kind, ChatAction? Action = null, string? Problem = null);

/// <summary>An action asked for in chat, in OpenC2's words.</summary>
/// <param name="Verb">The word the analyst used (<c>block</c>, <c>isolate</c>...): it picks among actions sharing an OpenC2 command.</param>
/// <param name="OpenC2Action">The OpenC2 action: <c>deny</c>, <c>allow</c>, <c>contain</c>, <c>set</c>, <c>query</c>.</param>
/// <param name="Target">What it acts on: <c>ip</c>, <c>domain</c>, <c>hash</c>, <c>host</c> or <c>user</c>.</param>
/// <param name="Value">The address, name or hash, as the analyst wrote it (checked for its kind).</param>
/// <param name="Duration">How long, when the analyst said (<c>for 24h</c>, <c>for a day</c>).</param>
public sealed record ChatAction(string Verb, string OpenC2Action, string Target, string Value, TimeSpan? Duration);
