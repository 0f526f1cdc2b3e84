namespace Customs.Declarations.Api.Domain;

/// <summary>What the IP register found for a goods item.</summary>
public enum IpScreeningOutcome
{
    Unspecified = 0,
    Clear = 1,
    AuthorisedImporter = 2,

    /// <summary>Art. 400: goods for personal use of a natural person; no suspension.</summary>
    ExemptPersonalUse = 3,

    /// <summary>Art. 397(1): signs of infringement; the suspension itself arrives as its own event.</summary>
    Suspended = 4,

    /// <summary>Art. 397(1): release held pending the written decision of the head of the office or the deputy.</summary>
    Held = 5,
}
