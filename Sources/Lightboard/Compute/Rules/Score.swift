// The department score (contract §3, with the v2 weight keys of §7 and §8).

/// A department's score in its parts, each exact, so that a page can show
/// "each rate × its weight + bonus − penalty + complex-issue points = score"
/// without doing arithmetic itself.
public struct ScoreBreakdown: Hashable, Sendable {
    public struct Term: Hashable, Sendable {
        public var weight: ScoreWeight
        /// The exact rate in percent; nil when it has no denominator (it then counts 0).
        public var rate: Fraction?
        /// weight × rate / 100.
        public var points: Fraction
    }

    /// One per weight of site.yml, in its order.
    public var terms: [Term]
    public var bonus: Fraction
    public var penalty: Fraction
    /// Complex issues of the period that the department leads.
    public var complexIssues: Int
    /// complex_issue_points × complex issues.
    public var complexIssuePoints: Fraction
    /// The score: the sum of the terms' points + bonus − penalty + complex-issue points.
    public var total: Fraction
}

extension RatingRules {
    /// Department score = sum over weights of weight x rate/100 (exact rates over the
    /// department's assessed posts; a null rate counts 0) + bonus - penalty
    /// + complex_issue_points x complex issues led.
    public static func score(tally: Tally, assessment: AssessmentRules, bonus: Fraction, penalty: Fraction,
                             complexIssues: Int) -> Fraction {
        scoreBreakdown(tally: tally, assessment: assessment, bonus: bonus, penalty: penalty, complexIssues: complexIssues).total
    }

    /// The score and its parts (`score` is its total).
    public static func scoreBreakdown(tally: Tally, assessment: AssessmentRules, bonus: Fraction, penalty: Fraction,
                                      complexIssues: Int) -> ScoreBreakdown {
        let hundredth = Fraction(1, 100)
        let terms = assessment.weights.map { weight in
            let rate = tally.rate(weight.rate)
            return ScoreBreakdown.Term(weight: weight, rate: rate, points: weight.weight * (rate ?? .zero) * hundredth)
        }
        let complexIssuePoints = assessment.complexIssuePoints * Fraction(complexIssues)
        let total = terms.reduce(Fraction.zero) { $0 + $1.points } + bonus - penalty + complexIssuePoints
        return ScoreBreakdown(terms: terms, bonus: bonus, penalty: penalty, complexIssues: complexIssues,
                              complexIssuePoints: complexIssuePoints, total: total)
    }
}
