namespace Customs.Declarations.Api.Domain;

/// <summary>
/// What the personal-use rules of the memo care about. Derived from the tariff code (reference data) or declared
/// by the filer for what a code cannot tell (CITES species, encryption, inheritance…).
/// </summary>
public enum GoodsCategory
{
    Unspecified = 0,
    Alcohol = 1,
    Weapons = 2,
    CulturalValuables = 3,
    PreciousMetalsAndStones = 4,
    NaturalDiamonds = 5,
    CentralHeatingBoiler = 6,
    MowingMachine = 7,
    SunBooth = 8,
    MedicalEquipment = 9,
    FishAndSeafood = 10,
    SturgeonCaviar = 11,
    RadioElectronic = 12,
    Encryption = 13,
    Cites = 14,
    NarcoticMedicine = 15,
    Inherited = 16,
    StateReward = 17,
    ExportDutiable = 18,
    Tobacco = 19,
}
