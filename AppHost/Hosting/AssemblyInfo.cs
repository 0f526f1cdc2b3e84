// The orchestrator runs the Debian servers under process groups and signals: it is Linux-only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
