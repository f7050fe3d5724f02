// The department score (contract §3, with the v2 weight keys of §7 and §8).

extension RatingRules {
    /// Department score = sum over weights of weight x rate/100 (exact rates over the
    /// department's assessed posts; a null rate counts 0) + bonus - penalty
    /// + complex_issue_points x complex issues led.
    public static func score(tally: Tally, assessment: AssessmentRules, bonus: Fraction, penalty: Fraction,
                             complexIssues: Int) -> Fraction {
        let hundredth = Fraction(1, 100)
        var score = Fraction.zero
        for weight in assessment.weights {
            score = score + weight.weight * (tally.rate(weight.rate) ?? .zero) * hundredth
        }
        return score + bonus - penalty + assessment.complexIssuePoints * Fraction(complexIssues)
    }
}
