namespace Customs.IpRegister.Contracts;

public enum ScreeningOutcome
{
    Unspecified = 0,

    /// <summary>No register entry matches the item.</summary>
    Clear = 1,

    /// <summary>A match, but declared by an authorised importer of the entry.</summary>
    AuthorisedImporter = 2,

    /// <summary>A match, but goods for personal use of a natural person (Art. 400): logged and released.</summary>
    ExemptPersonalUse = 3,

    /// <summary>
    /// A match with signs of infringement: release suspended (Art. 397), or under the Russian rules held pending the
    /// head's decision (see <see cref="ItemScreening.PendingDecision"/>).
    /// </summary>
    Suspended = 4,

    /// <summary>Art. 397(1), Russian offices: release held pending the written decision of the head or the deputy.</summary>
    Held = 5,
}
