// The open data of contract v2 (§6–§10): each key appears only when its input does,
// so a v1 content folder keeps the v1 bytes.
extension OpenDataRenderer {
    /// summary.json's top-level v2 members, after `categories`.
    static func v2SummaryMembers(_ period: PeriodResult) -> [JSONMember] {
        var members: [JSONMember] = []
        if let change = period.yearOverYear { members.append(JSONMember("year_over_year", yearOverYear(change))) }
        if let dimensions = period.satisfaction {
            let assessed = period.headline.assessed
            members.append(JSONMember("satisfaction", .object([
                JSONMember("rated", .integer(assessed.rated)),
                JSONMember("satisfied", .integer(assessed.satisfied)),
                JSONMember("satisfaction_rate", .rate(assessed.rate(.satisfactionRate))),
                JSONMember("dimensions", .array(dimensions.map { figures in
                    .object([
                        JSONMember("id", .string(figures.dimension.id)),
                        JSONMember("rated", .integer(figures.rated)),
                        JSONMember("mean", figures.mean.map(JSONValue.points) ?? .null),
                        JSONMember("stars", .array(figures.stars.map(JSONValue.integer))),
                    ])
                })),
            ])))
        }
        if !period.thresholds.isEmpty {
            members.append(JSONMember("below_thresholds", .array(period.thresholds.map { result in
                .object([
                    JSONMember("rate", .string(result.threshold.rate.rawValue)),
                    JSONMember("threshold", .number(NumberText.exact(result.threshold.value))),
                    JSONMember("departments", .array(result.departments.map { .string($0.department.id) })),
                ])
            })))
        }
        if let joined = period.joined {
            members.append(JSONMember("joined", .object([
                JSONMember("total", .integer(joined.total)),
                JSONMember("in_period", .array(joined.inPeriod.map { .string($0.id) })),
            ])))
        }
        return members
    }

    private static func yearOverYear(_ change: YearOverYear) -> JSONValue {
        func count(_ key: String, _ value: CountChange) -> JSONMember {
            JSONMember(key, .object([
                JSONMember("previous", .integer(value.previous)),
                JSONMember("change", .integer(value.change)),
                JSONMember("change_pct", .rate(value.changePercent)),
            ]))
        }
        func rate(_ key: String, _ value: RateChange) -> JSONMember {
            JSONMember(key, .object([JSONMember("previous", .rate(value.previous)), JSONMember("change", .rate(value.change))]))
        }
        return .object([
            JSONMember("period", .string(change.period.description)),
            count("posts", change.posts), count("accepted", change.accepted), count("replied", change.replied),
            rate("acceptance_rate", change.acceptanceRate), rate("reply_rate", change.replyRate),
            rate("green_rate", change.greenRate),
        ])
    }

    /// `settled`, `settle_rate`, `settled_within` and `settled_within_rate` of a tally (contract §7).
    static func settlementMembers(_ tally: Tally, limits: [Int]) -> [JSONMember] {
        [
            JSONMember("settled", .integer(tally.settled)),
            JSONMember("settle_rate", .rate(tally.rate(.settleRate))),
            JSONMember("settled_within", .object(limits.indices.map { JSONMember(String(limits[$0]), .integer(tally.settledWithin[$0])) })),
            JSONMember("settled_within_rate", .object(limits.indices.map {
                JSONMember(String(limits[$0]), .rate(tally.settledWithinRate($0)))
            })),
        ]
    }

    /// The settlement columns of departments.json; in departments.csv each key of the two
    /// objects is a column of its own, limit by limit as the contract lists them:
    /// `settled_within_1`, `settled_within_rate_1`, `settled_within_3`, ...
    static func settlementColumns(limits: [Int]) -> [Column] {
        let withinColumns = limits.indices.flatMap { index in
            let limit = limits[index]
            return [
                Column(name: "settled_within_\(limit)", type: "integer",
                       description: "Settled posts with at most \(limit) working days to settlement") {
                    .integer($0.tally.settledWithin[index])
                },
                Column(name: "settled_within_rate_\(limit)", type: "number",
                       description: "settled_within_\(limit) / accepted in percent, rounded half up to one decimal; empty when the denominator is 0") {
                    .rate($0.tally.settledWithinRate(index))
                },
            ]
        }
        let settled = Column(name: "settled", type: "integer", description: "Accepted posts settled as of the as-of day") {
            .integer($0.tally.settled)
        }
        let rate = Column(name: "settle_rate", type: "number",
                          description: "settled / accepted in percent, rounded half up to one decimal; empty when the denominator is 0") {
            .rate($0.tally.rate(.settleRate))
        }
        // In JSON the two objects; in CSV the limit-by-limit columns, carried by the first object.
        var within = Column(name: "settled_within", type: "object", description: "Settled posts within each limit") { figures in
            .object(limits.indices.map { JSONMember(String(limits[$0]), .integer(figures.tally.settledWithin[$0])) })
        }
        within.csvColumns = withinColumns
        var withinRate = Column(name: "settled_within_rate", type: "object", description: "Settled within each limit / accepted") { figures in
            .object(limits.indices.map { JSONMember(String(limits[$0]), .rate(figures.tally.settledWithinRate($0))) })
        }
        withinRate.csvColumns = []
        return [settled, rate, within, withinRate]
    }

    /// `rated`, `satisfied` and `satisfaction_rate` of each department (contract §8).
    static let satisfactionColumns: [Column] = [
        Column(name: "rated", type: "integer", description: "Assessed posts with at least one rating") { .integer($0.tally.rated) },
        Column(name: "satisfied", type: "integer", description: "Rated posts whose mean rating is at least satisfied_from") {
            .integer($0.tally.satisfied)
        },
        Column(name: "satisfaction_rate", type: "number",
               description: "satisfied / rated in percent, rounded half up to one decimal; empty when the denominator is 0") {
            .rate($0.tally.rate(.satisfactionRate))
        },
    ]

    /// `data/SLUG/rankings/ID.json`: `{id, rank, posts, value}`, value rounded as its key is elsewhere.
    static func rankingJSON(_ ranking: RankingResult) -> JSONValue {
        .array(ranking.entries.map { entry in
            let value: JSONValue = ranking.definition.measure.isRate
                ? .rate(entry.value)
                : entry.value.map { .integer(Int($0.numerator)) } ?? .null
            return .object([
                JSONMember("id", .string(entry.department.id)),
                JSONMember("rank", .integer(entry.rank)),
                JSONMember("posts", .integer(entry.posts)),
                JSONMember("value", value),
            ])
        })
    }
}
