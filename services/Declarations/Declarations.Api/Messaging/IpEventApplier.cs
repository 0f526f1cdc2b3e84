using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>Applies an IP register event to a declaration inside the consumer's inbox transaction.</summary>
internal static class IpEventApplier
{
    /// <returns>The declaration when it changed and was written; null when the event changed nothing.</returns>
    public static async Task<Declaration?> ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DeclarationRepository repository, Guid declarationId, ILogger logger,
        Func<Declaration, bool> change, CancellationToken ct)
    {
        var declaration = await repository.GetAsync(connection, transaction, declarationId, ct);
        if (declaration is null)
        {
            logger.LogWarning("IP register event for unknown declaration {DeclarationId} ignored", declarationId);
            return null;
        }

        if (!change(declaration))
        {
            return null;
        }

        if (!await repository.UpdateAsync(connection, transaction, declaration, ct))
        {
            // An officer acted at the same moment: throw so the message is retried on the new version.
            throw new InvalidOperationException($"Declaration {declarationId} changed concurrently; retrying.");
        }

        return declaration;
    }
}
