namespace Customs.Declarations.Api.Domain;

/// <summary>What a document presented for a goods item is; permits are what the memo requires for some goods.</summary>
public enum DocumentKind
{
    Unspecified = 0,
    Invoice = 1,
    Licence = 2,
    WeaponsPermit = 3,
    CulturalValuablesExportPermit = 4,
    CitesPermit = 5,
    RadioFrequencyPermit = 6,
    EncryptionNotification = 7,
    RightHolderConsent = 8,
    MedicalPrescription = 9,
    InheritanceCertificate = 10,
    Other = 11,
}
