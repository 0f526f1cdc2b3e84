using Customs.ServiceDefaults;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace Customs.BuildingBlocks.Tests.Wire;

/// <summary>The request shape every RPC is held to before its handler runs, on messages of the shared google.rpc protos.</summary>
public sealed class WireRulesTests
{
    [Fact]
    public void A_nul_character_is_a_violation_that_names_the_field_and_not_the_value()
    {
        var message = new ErrorInfo { Reason = "A\0B", Domain = "ok" };

        var violation = Assert.Single(WireRules.Check(message));

        Assert.Equal("reason", violation.Field);
        Assert.DoesNotContain("A\0B", violation.Description);
    }

    [Fact]
    public void A_string_longer_than_its_limit_is_a_violation_without_the_value()
    {
        var huge = new string('x', 1_000_000);

        var violation = Assert.Single(WireRules.Check(new ErrorInfo { Domain = huge }));

        Assert.Equal("domain", violation.Field);
        Assert.True(violation.Description.Length < 100);
    }

    [Fact]
    public void Tabs_and_line_breaks_are_text_but_other_controls_are_not()
    {
        Assert.Empty(WireRules.Check(new ErrorInfo { Reason = "line one\r\n\tline two" }));
        Assert.Single(WireRules.Check(new ErrorInfo { Reason = "bell\u0007" }));
        Assert.Single(WireRules.Check(new ErrorInfo { Reason = "c1\u0085" }));
    }

    [Fact]
    public void Nested_and_repeated_fields_are_named_by_their_path()
    {
        var badRequest = new BadRequest
        {
            FieldViolations = { new BadRequest.Types.FieldViolation { Field = "ok" }, new BadRequest.Types.FieldViolation { Description = "\0" } },
        };

        Assert.Equal("field_violations[1].description", Assert.Single(WireRules.Check(badRequest)).Field);
    }

    [Fact]
    public void An_enum_value_the_enum_does_not_define_is_not_valid()
    {
        var field = new Field { Kind = (Field.Types.Kind)999 };

        var violation = Assert.Single(WireRules.Check(field));

        Assert.Equal(("kind", "is not a valid Kind"), (violation.Field, violation.Description));
    }

    [Fact]
    public void More_elements_than_the_default_limit_are_a_violation()
    {
        var list = new ListValue();
        list.Values.AddRange(Enumerable.Range(0, WireRules.DefaultMaxItems + 1).Select(_ => Value.ForNull()));

        Assert.Equal("values", Assert.Single(WireRules.Check(list)).Field);
    }
}
