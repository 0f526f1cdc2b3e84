namespace Customs.Examination.Api.Domain.Experts;

/// <summary>An expert's report with the content of Art. 379(2); experts who disagree sign separate ones (379(3)).</summary>
public sealed record ExpertConclusion(
    int Number, IReadOnlyList<string> SignedBy, string Place, DateOnly ConductedFrom, DateOnly ConductedTo, string Methods, string Findings,
    string Conclusions, IReadOnlyList<string> Attachments, bool Clear, string SubmittedBy, DateTimeOffset SubmittedAt);
