extension PageBuilder {
    /// A department's scores in their parts, one column per quarter it was rated in (newest first):
    /// each rate × its weight, bonus, penalty, complex-issue points, and the score. The parts come
    /// exact from Compute (`ScoreBreakdown`); here they are only formatted.
    func scoreBreakdown(_ department: Department) -> [ScoreBreakdownTable] {
        let rated = Rankings.newestFirstByKind(zip(site.quarters, leagueFigures)).compactMap { quarter, figures in
            figures[department.id].map { (quarter, $0.scoreBreakdown) }
        }
        guard let newest = rated.first?.1 else { return [] }
        var parts = newest.terms.indices.map { index in
            let weight = newest.terms[index].weight
            return ScorePartRow(
                label: strings.format("score_part_rate", ["rate": strings["rate_" + weight.rate.rawValue],
                                                          "weight": format.weight(weight.weight)]),
                values: rated.map { _, breakdown in
                    let term = breakdown.terms[index]
                    return strings.format("score_part_rate_value", ["points": signedPoints(term.points),
                                                                    "rate": format.rate(term.rate)])
                },
                isTotal: false)
        }
        parts.append(ScorePartRow(label: strings["score_part_bonus"],
                                  values: rated.map { signedPoints($0.1.bonus) }, isTotal: false))
        parts.append(ScorePartRow(label: strings["score_part_penalty"],
                                  values: rated.map { signedPoints($0.1.penalty, subtracted: true) }, isTotal: false))
        parts.append(ScorePartRow(
            label: strings.format("score_part_complex", ["points": format.weight(site.content.config.assessment.complexIssuePoints)]),
            values: rated.map { _, breakdown in
                strings.format("score_part_complex_value", ["points": signedPoints(breakdown.complexIssuePoints),
                                                            "issues": format.integer(breakdown.complexIssues)])
            },
            isTotal: false))
        parts.append(ScorePartRow(label: strings["score_part_total"], values: rated.map { format.points($0.1.total) }, isTotal: true))
        return [ScoreBreakdownTable(quarters: rated.map { format.quarter($0.0.id) }, parts: parts)]
    }

    /// Points as a part of a sum reads them: `+19.98`, `−0.50` (negative, or `subtracted`), `0.00`.
    private func signedPoints(_ value: Fraction, subtracted: Bool = false) -> String {
        let text = format.points(value)
        if value.roundedHalfUp(decimals: 2) == 0 { return text }
        if subtracted { return Formatting.minus + text }
        return value.isNegative ? text : "+" + text
    }
}
