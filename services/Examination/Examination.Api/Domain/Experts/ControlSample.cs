using Customs.Examination.Api.Domain.Risk;

namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// A sample taken outside any expert analysis (Art. 383): by customs for a form of control of Art. 366 (383(1): "in the process
/// of customs control procedures"), or by the declarant or another state agency for its own investigation (383(2)). Numbered
/// among the declaration's samples outside analyses; <see cref="Id"/> names it in SampleKeptByCustoms.
/// </summary>
public sealed record ControlSample(Guid Id, Guid DeclarationId, ControlForm? Form, string Purpose, Sample Sample);
