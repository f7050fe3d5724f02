// View models of the bonus and penalty points, with their reasons: the period's
// page (LANG/SLUG/adjustments/), the department page's section and the links
// from the report and the league. See ViewModels.swift.

/// One row of adjustments.csv.
struct AdjustmentRow: Sendable {
    var date: String
    var isoDate: String
    /// Shown on the period's page; the department page is the department's own.
    var department: DepartmentLink
    /// `bonus` or `penalty`, for a CSS class (the word is in `kindText`).
    var kind: String
    var kindText: String
    /// With its sign: `+1.5` for a bonus, `−0.5` for a penalty.
    var points: String
    /// The press office's text about citizens and the press: printed escaped, marked in its language.
    var reason: DisplayText
    /// A known source (netizen, media) in words, any other as written.
    var source: DisplayText
    /// The department is not in the period's league: the points count for nothing.
    var isOutsideLeague: Bool
}

/// `LANG/SLUG/adjustments/`: every bonus and penalty of the period.
struct AdjustmentsPage: Sendable {
    var title: String
    var links: PeriodLinks
    /// "311 entries", or the sentence saying the period has none.
    var count: String
    var rows: [AdjustmentRow]
    /// Some row is of a department outside the league: the table explains its mark.
    var hasOutsideLeague: Bool
    var leagueHref: String
    var downloads: DataLinks
}

/// Zero or one on the report and the league: how many adjustments the period has, linking to them.
struct AdjustmentsLink: Sendable {
    var label: String
    var href: String
}

/// A department's adjustments in one period, on its page.
struct DepartmentAdjustmentPeriod: Sendable {
    /// The period, linking to its adjustments page.
    var period: Link
    var anchor: String
    /// Zero or one: "Bonus 3.50, penalty 1.00" from the league; none when it is not in the league.
    var totals: [String]
    var isOutsideLeague: Bool
    var rows: [AdjustmentRow]
}
