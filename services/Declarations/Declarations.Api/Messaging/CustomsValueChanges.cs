using Customs.Declarations.Api.Domain;

namespace Customs.Declarations.Api.Messaging;

/// <summary>Which declarations take a customs value from the Examination service (Arts. 323(7), 383(4)).</summary>
internal static class CustomsValueChanges
{
    /// <summary>Accepted and not withdrawn, voided or refused; released goods too (323(7)), and an item it has.</summary>
    public static bool Accepts(Declaration d, int itemNumber) =>
        d.Status is DeclarationStatus.UnderControl or DeclarationStatus.ReleaseSuspended or DeclarationStatus.Released
        && d.Content.Items.Any(i => i.Number == itemNumber);
}
