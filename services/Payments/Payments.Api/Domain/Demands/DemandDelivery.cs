namespace Customs.Payments.Api.Domain.Demands;

public enum DemandDelivery
{
    Unspecified,
    /// <summary>Handed to the payer against a written receipt (Art. 350(5)): received that day.</summary>
    Handed,
    /// <summary>Sent by registered mail: "regarded as received after six days following its dispatch" (Art. 350(5)).</summary>
    RegisteredMail,
}
