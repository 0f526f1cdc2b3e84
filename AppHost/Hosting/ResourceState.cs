namespace Customs.AppHost.Hosting;

public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Healthy,
    Unhealthy,
    Exited,
    Restarting,
    Stopping,
    Stopped,
    FailedToStart,
}
