namespace Customs.Payments.Api.Domain.Collection;

/// <summary>
/// Money a collection act brought in, booked once per payment reference: the bank's execution of the collection order
/// (Arts. 351(3), 354(2)), the proceeds of the goods' sale (352(6)) or of the bailiff's enforcement on other property (353(3)).
/// </summary>
public sealed record CollectionProceeds(string PaymentReference, Guid ActId, decimal AmountRub, DateOnly ReceivedOn);
