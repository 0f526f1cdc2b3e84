namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>Art. 359(2): the two circumstances that allow customs to extend the term of the goods inspection.</summary>
public enum ExtensionGround
{
    Unspecified = 0,
    ConsignmentNotDividedIntoLots = 1,
    PackingAndMarkingNotStated = 2,
}
