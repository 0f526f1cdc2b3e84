namespace Customs.Demo;

/// <summary>A scenario did not reach the state it waited for.</summary>
public sealed class DemoFailedException(string message) : Exception(message);
