using System.Runtime.InteropServices;

namespace Customs.AppHost.Hosting;

internal static partial class NativeMethods
{
    public const int SIGINT = 2;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    [DllImport("libc", SetLastError = true, EntryPoint = "kill")]
    private static extern int SysKill(int pid, int signal);

    [DllImport("libc", EntryPoint = "geteuid")]
    public static extern uint GetEffectiveUserId();

    /// <summary>Sends a signal; a negative pid addresses the whole process group.</summary>
    public static bool Kill(int pid, int signal) => SysKill(pid, signal) == 0;

    public static bool IsAlive(int pid) => pid > 0 && SysKill(pid, 0) == 0;

    public static bool IsRoot => GetEffectiveUserId() == 0;
}
