namespace Customs.Declarations.Api.Domain;

/// <summary>Art. 359(2): the two circumstances that allow customs to extend the term of the goods inspection.</summary>
public enum ControlTermExtensionGround
{
    Unspecified = 0,

    /// <summary>"the consignment of said goods is not divided into separate packing lots based on the goods categories and/or descriptions".</summary>
    ConsignmentNotDividedIntoLots = 1,

    /// <summary>"the information explicating the goods packing and marking is not stated in commercial and/or shipment documents and waybills".</summary>
    PackingAndMarkingNotStated = 2,
}
