// The contract-v2 sections of a period's report: settlement (§7) and satisfaction (§8).
// A section without data is left out (an empty list), never shown empty.
extension PageBuilder {
    func settlementSection(_ period: PeriodResult) -> [SettlementSection] {
        guard period.hasSettlement else { return [] }
        let assessed = period.headline.assessed
        let rate = format.rate(assessed.rate(.settleRate))
        let limits = config.assessment.settleWithin
        return [SettlementSection(
            summary: strings.format("settlement_summary", ["settled": format.integer(assessed.settled),
                                                           "accepted": format.integer(assessed.accepted), "rate": rate]),
            settled: format.integer(assessed.settled), settleRate: rate,
            within: limits.indices.map { index in
                SettledWithinRow(limit: strings.format(limits[index] == 1 ? "settled_within_one" : "settled_within",
                                                       ["days": format.integer(limits[index])]),
                                 settled: format.integer(assessed.settledWithin[index]),
                                 rate: format.rate(assessed.settledWithinRate(index)))
            })]
    }

    /// Whether the period has rated posts: its satisfaction section and columns are shown only then.
    func hasSatisfaction(_ period: PeriodResult) -> Bool {
        period.satisfaction != nil && period.headline.assessed.rated > 0
    }

    func satisfactionSection(_ period: PeriodResult) -> [SatisfactionSection] {
        guard let dimensions = period.satisfaction, let settings = config.satisfaction, hasSatisfaction(period) else { return [] }
        let assessed = period.headline.assessed
        let rate = format.rate(assessed.rate(.satisfactionRate))
        let starLabels = (1...5).map { strings.format($0 == 1 ? "stars_one" : "stars", ["stars": format.integer($0)]) }
        return [SatisfactionSection(
            summary: strings.format("satisfaction_summary", [
                "rate": rate, "satisfied": format.integer(assessed.satisfied), "rated": format.integer(assessed.rated),
                "from": format.weight(settings.satisfiedFrom)]),
            satisfactionRate: rate, starLabels: starLabels,
            dimensions: dimensions.map { dimension in
                let name = text(dimension.dimension.name)
                let stars = zip(dimension.stars, dimension.starShares).map { count, share in
                    StarCount(count: format.integer(count), share: format.rate(share))
                }
                let rows = zip(starLabels, zip(dimension.starShares, stars)).map { label, star in
                    Charts.Row(label: label, bars: [Charts.RowBar(value: star.0, valueText: "\(star.1.count) (\(star.1.share))", fill: .plain)])
                }
                let caption = strings.format("chart_stars_title", ["dimension": name.text])
                return DimensionRow(
                    name: name, rated: format.integer(dimension.rated), mean: dimension.mean.map(format.points) ?? "—",
                    stars: stars,
                    chart: Charts.rows(rows, id: "stars-" + dimension.dimension.id, title: caption,
                                       description: strings["chart_stars_desc"], scale: .percent),
                    chartCaption: caption)
            })]
    }
}
