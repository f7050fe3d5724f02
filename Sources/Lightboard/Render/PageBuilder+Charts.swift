// The charts of the period pages (docs/templates.md): drawn by `Charts.rows` at the page's
// width, each beside a table with the same figures.
extension PageBuilder {
    /// One bar per score, from zero: departments with exactly the same score share a bar
    /// (the sample's many 100.00 would otherwise be rows of identical bars).
    func leagueChart(_ quarter: PeriodResult) -> String {
        var rows: [Charts.Row] = []
        var start = quarter.league.startIndex
        while start < quarter.league.endIndex {
            let first = quarter.league[start]
            let end = quarter.league[start...].firstIndex { $0.score != first.score } ?? quarter.league.endIndex
            let count = end - start
            let label = count == 1
                ? "\(format.integer(first.rank)). \(text(first.department.name).text)"
                : strings.format("chart_league_tied", ["count": format.integer(count), "first": format.integer(first.rank),
                                                       "last": format.integer(quarter.league[end - 1].rank)])
            rows.append(Charts.Row(label: label, bars: [Charts.RowBar(value: first.score, valueText: format.points(first.score), fill: .plain)]))
            start = end
        }
        let scale = Charts.Scale.covering(quarter.league.map { Charts.double($0.score) }, step: 25) { format.integer(Int($0)) }
        return Charts.rows(rows, id: "league-chart", title: strings.format("chart_league_title", ["quarter": format.period(quarter.id)]),
                           description: strings["chart_league_desc"], scale: scale)
    }

    /// The four lights of the period's accepted posts, as a chart and a table; none before any post is accepted.
    func lightDistribution(_ quarter: PeriodResult) -> [LightDistribution] {
        let assessed = quarter.headline.assessed
        guard assessed.accepted > 0 else { return [] }
        let lights: [(key: String, fill: Charts.BarFill, count: Int, rate: RateKind)] = [
            ("green", .green, assessed.lights.green, .greenRate), ("yellow", .yellow, assessed.lights.yellow, .yellowRate),
            ("gray", .gray, assessed.lights.gray, .grayRate), ("red", .red, assessed.lights.red, .redRate),
        ]
        let rows = lights.map { light in
            LightRow(light: light.key, name: strings["col_" + light.key], definition: definition(light.key),
                     posts: format.integer(light.count), share: format.rate(assessed.rate(light.rate)))
        }
        let chart = Charts.rows(zip(lights, rows).map { light, row in
            Charts.Row(label: row.name,
                       bars: [Charts.RowBar(value: assessed.rate(light.rate), valueText: "\(row.posts) (\(row.share))", fill: light.fill)])
        }, id: "lights-chart", title: strings.format("chart_lights_title", ["quarter": format.period(quarter.id)]),
           description: strings["chart_lights_desc"], scale: .percent)
        return [LightDistribution(accepted: format.integer(assessed.accepted), rows: rows, chart: chart)]
    }
}
