using Customs.Examination.Api.Domain.Examinations;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Experts;

/// <summary>
/// Art. 382(1): once an expert analysis is ordered the declarant (or another person responsible for the goods) may "1) state a
/// motivated demurrage of an expert; 2) request appointment of a specific expert or organisation; 3) request assignment to the
/// expert of additional questions; 4) upon permission ..., be present during the expert analysis procedures; 5) take the goods
/// samples and specimens (Article 383); 6) be familiarised with the expert conclusions ...; 7) request an additional or a second
/// expert analysis". 382(2): a request granted is answered by a resolution; one declined by "a motivated written response".
/// The declarant files its request itself (<see cref="File"/>); an officer answers it (<see cref="Answer"/>).
/// </summary>
public static class DeclarantRequestRules
{
    /// <summary>Files the request, pending the office's answer.</summary>
    public static ExpertAnalysis File(ExpertAnalysis a, DeclarantRight right, string text, IReadOnlyList<string> questions, string filedBy, DateOnly today)
    {
        var v = new List<FieldViolation>();
        if (right == DeclarantRight.Unspecified)
        {
            v.Add(new("right", "is required: a right of Art. 382(1)"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            // 382(1)[1]: the demurrage is "motivated"; every request says what is asked.
            v.Add(new("request", "is required (Art. 382(1): what is asked, and for a challenge its motive)"));
        }

        if (right == DeclarantRight.AddQuestions && questions.Count == 0)
        {
            v.Add(new("questions", "are the questions the declarant asks to add (Art. 382(1)[3])"));
        }

        RequestValidationException.ThrowIfAny(v);
        RequireInTime(a, right);
        var request = new DeclarantRequest(a.Requests.Count + 1, right, text.Trim(), questions, false, "", "", default)
        {
            Pending = true, FiledBy = filedBy, FiledOn = today,
        };
        return a with { Requests = [.. a.Requests, request] };
    }

    /// <summary>
    /// Answers a pending request: granted (a question asked under [3] joins the resolution's questions), or refused with the
    /// written motive 382(2) requires.
    /// </summary>
    public static ExpertAnalysis Answer(ExpertAnalysis a, int number, bool granted, string motivation, string officer, DateOnly today)
    {
        var request = a.Requests.FirstOrDefault(r => r.Number == number)
            ?? throw new RequestValidationException([new("request_number", $"the analysis has no request {number}")]);
        if (!granted && string.IsNullOrWhiteSpace(motivation))
        {
            throw new RequestValidationException([new("motivation", "a refusal is written and motivated (Art. 382(2))")]);
        }

        if (!request.Pending)
        {
            throw new RuleViolationException(ExaminationErrors.RequestAnswered, $"Request {number} was answered on {request.DecidedOn:yyyy-MM-dd}.", "Art. 382(2)");
        }

        if (granted)
        {
            // A refusal may still be written after the conclusion; what a grant would change is past by then.
            RequireInTime(a, request.Right);
        }

        var answered = request with { Granted = granted, Motivation = motivation.Trim(), DecidedBy = officer, DecidedOn = today, Pending = false };
        return a with
        {
            Requests = [.. a.Requests.Select(r => r.Number == number ? answered : r)],
            Questions = granted && request.Right == DeclarantRight.AddQuestions ? [.. a.Questions, .. request.Questions] : a.Questions,
        };
    }

    /// <summary>
    /// Challenging or naming an expert, adding questions and attending concern an analysis still being made; an additional or a
    /// second analysis (380) and reading the conclusion concern one that has a conclusion.
    /// </summary>
    private static void RequireInTime(ExpertAnalysis a, DeclarantRight right)
    {
        if (a.Status == AnalysisStatus.Concluded && right is DeclarantRight.ChallengeExpert or DeclarantRight.NameExpert or DeclarantRight.AddQuestions or DeclarantRight.Attend)
        {
            throw new RuleViolationException(ExaminationErrors.AnalysisConcluded, $"The analysis is concluded: a request to {right} comes too late.", "Art. 382(1)");
        }

        if (a.Conclusions.Count == 0 && right is DeclarantRight.ReadConclusion or DeclarantRight.FurtherAnalysis)
        {
            throw new RuleViolationException(ExaminationErrors.NoConclusionYet,
                $"The analysis has no conclusion yet: a request to {right} concerns a conclusion (Arts. 380, 382(1)[6]-[7]).", "Art. 382(1)");
        }
    }
}
