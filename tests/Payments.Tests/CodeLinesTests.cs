using Customs.BuildingBlocks.ReferenceData;
using Customs.Payments.Api.Domain.Reference;

namespace Customs.Payments.Tests;

/// <summary>
/// A code is assessed by the line of its longest prefix (a heading refined by subheadings); CodeLines tries only the
/// prefix lengths its lines have, so a tariff mixing lengths must still find the longest.
/// </summary>
public sealed class CodeLinesTests
{
    private static readonly CodeLines<string> Lines = new("sample", new Dictionary<string, EffectiveSchedule<string>>
    {
        ["64"] = Schedule("chapter 64"),
        ["6403"] = Schedule("heading 6403"),
        ["640399"] = Schedule("subheading 640399"),
        ["6403991000"] = Schedule("line 6403991000"),
        ["2204"] = Schedule("heading 2204"),
    });

    [Theory]
    [InlineData("6403991000", "6403991000")]
    [InlineData("6403990000", "640399")]
    [InlineData("6403510000", "6403")]
    [InlineData("6404000000", "64")]
    [InlineData("640", "64")]
    [InlineData("6403", "6403")]
    [InlineData("2204210000", "2204")]
    public void The_longest_prefix_that_has_a_line_is_found(string code, string prefix) =>
        Assert.Equal(prefix, Lines.Find(code)?.Prefix);

    [Theory]
    [InlineData("2205000000")]
    [InlineData("6")]
    [InlineData("")]
    public void A_code_no_line_covers_finds_nothing(string code) => Assert.Null(Lines.Find(code));

    private static EffectiveSchedule<string> Schedule(string value) =>
        new(value, [new EffectiveValue<string>(new(2012, 1, 1), null, value, new LegalReference("Decision", value, new DateOnly(2012, 1, 1)))]);
}
