// View models of the contract-v2 sections of a period's pages (settlement, satisfaction):
// see ViewModels.swift. Each section is a list of zero or one: left out when it has no data.

/// Settled within one limit of `assessment.settle_within`.
struct SettledWithinRow: Sendable {
    /// "within 3 working days".
    var limit: String
    var settled: String
    /// Of the accepted posts.
    var rate: String
}

/// Settlement (办结) over the assessed posts, when the period's posts.csv has `settled_at`.
struct SettlementSection: Sendable {
    var summary: String
    var settled: String
    var settleRate: String
    var within: [SettledWithinRow]
}

/// One number of stars of a dimension.
struct StarCount: Sendable {
    var count: String
    /// Of the dimension's ratings.
    var share: String
}

struct DimensionRow: Sendable {
    var name: DisplayText
    var rated: String
    var mean: String
    /// One to five stars, in that order.
    var stars: [StarCount]
    /// The distribution as an SVG bar chart (triple braces); the table gives the same figures.
    var chart: String
    var chartCaption: String
}

/// Satisfaction (满意度) over the assessed posts, when some were rated.
struct SatisfactionSection: Sendable {
    var summary: String
    var satisfactionRate: String
    /// "1 star" ... "5 stars": the table's column headings.
    var starLabels: [String]
    var dimensions: [DimensionRow]
}
