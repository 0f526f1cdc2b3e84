namespace Customs.Declarations.Api.Domain;

/// <summary>The legal basis recorded with each transition.</summary>
public static class LegalBasis
{
    public const string Filing = "Customs Code Art. 124: declaration submitted";
    public const string Acceptance = "Customs Code Arts. 325-326: declaration accepted; its date fixes rates, exchange rate and rules";
    public const string CustomsControl = "Customs Code Arts. 359-360: goods under customs control; check within 3 working days";
    public const string ControlTermExtended = "Customs Code Art. 359(2): term of the goods inspection extended by customs (consignment not divided into lots, or packing and marking not stated)";
    public const string Withdrawal = "Customs Code Art. 356(1)[2]: declaration withdrawn by the declarant";
    public const string Voided = "Customs Code Art. 356(1)[1]: declaration regarded as void";
    public const string Release = "Customs Code Art. 359: release of goods after customs control";
    public const string SuspensionIp = "Customs Code Art. 397(1): release suspended, signs of IP infringement";
    public const string SuspensionDecided = "Customs Code Art. 397(1): release suspended by the written decision of the head of the customs office or the deputy";
    public const string SuspensionExtended = "Customs Code Art. 397(1): suspension of release extended on the right-holder's motivated request";
    public const string SuspensionLifted = "Customs Code Art. 399: suspension of release revoked";
    public const string Seizure = "Customs Code Art. 399(1): goods seized by the competent authority";
    public const string AwaitingIpScreening = "Customs Code Arts. 359-360, 397(1): release waits for the IP register's screening of every goods item";
    public const string PermitsAtRelease = "Memo on goods for personal use, last section: permits presented at release";
    public const string QuantityByInspection = "Customs Code Art. 371(3): quantity determined by customs on inspection";
    public const string CustomsValueByCustoms = "Customs Code Art. 323(7): customs value determined by customs";
    public const string KeptSample = "Customs Code Art. 383(4): customs value reduced by the value of a sample customs took and did not return";
    public const string QuantityByExamination = "Customs Code Art. 372(5): quantity determined by customs on examination";
    public const string ControlDecision = "Customs Code Arts. 358, 366: the risk management system chooses the forms of customs control";
    public const string ExaminationBeforeRelease = "Customs Code Arts. 358, 372: goods selected for examination are released once it is completed";
    public const string DocumentsChecked = "Customs Code Arts. 358, 366: documents and information checked by the officer who releases";
    public const string PostReleaseAudit = "Customs Code Arts. 358, 361: verified after release";
    public const string PaymentsBeforeRelease = "Customs Code Arts. 329, 332, 337(1)[2], 338(1): customs payments paid, or secured, before release";
    public const string Reassessment = "Customs Code Arts. 327(2), 372(5), 323(7): payments reassessed on what customs established";
    public const string AutomaticRelease = "Customs Code Art. 359: released automatically when every condition of release held";
}
