// View models of contract §9–§10 on a period's pages: categories with their sub-categories and the
// top five classes, the departments below each threshold, platform sign-up, and the page of each
// extra ranking (see ViewModels.swift). A section is a list of zero or one: left out without data.

/// A class's sub-categories, shown in a `<details>` under the classes table (no JavaScript needed).
struct SubCategoryGroup: Sendable {
    /// The `<summary>`: the class's name and "7 sub-categories".
    var name: DisplayText
    var count: String
    var rows: [SubCategoryRow]
}

struct SubCategoryRow: Sendable {
    var name: DisplayText
    var posts: String
    /// Of the period's assessed posts, as the class's share is.
    var share: String
}

/// The report's "top five" classes, as the Hubei report lists them ("NO.1 行政管理问题 27条").
struct TopClassesSection: Sendable {
    var items: [TopClassItem]
}

struct TopClassItem: Sendable {
    /// zh `NO.1`, en `No. 1`.
    var rank: String
    var name: DisplayText
    /// zh `27条（11.2%）`, en `— 27 posts (11.2%)`: the count and its share of the assessed posts.
    var figures: String
}

/// `assessment.thresholds`, in the order written.
struct ThresholdsSection: Sendable {
    var lines: [ThresholdSection]
}

/// One threshold of `assessment.thresholds` and the league departments below it.
struct ThresholdSection: Sendable {
    /// "Settle rate below 99%".
    var heading: String
    var anchor: String
    var rateLabel: String
    var rows: [BelowThresholdRow]
    /// Without rows the section says that no department is below.
    var hasRows: Bool
}

struct BelowThresholdRow: Sendable {
    var department: DepartmentLink
    var rate: String
}

/// Platform sign-up (入驻) as of the period, when departments.csv has `joined`.
struct JoinedSection: Sendable {
    /// "41 departments on the platform as of 5 June 2019."
    var total: String
    /// "9 departments joined this month:" or that none did.
    var inPeriod: String
    var hasDepartments: Bool
    var departments: [DepartmentLink]
}

/// site.yml `rankings`, each a page of the period.
struct RankingsSection: Sendable {
    var links: [RankingLink]
}

/// An extra ranking of site.yml, as linked from the report and the period's navigation.
struct RankingLink: Sendable {
    var title: DisplayText
    var href: String
}

struct RankingRow: Sendable {
    var rank: String
    var department: DepartmentLink
    var posts: String
    var value: String
}

/// `LANG/SLUG/rankings/ID/`: one extra ranking of one period.
struct RankingPage: Sendable {
    var title: String
    var links: PeriodLinks
    var asOfNote: String
    /// What is counted and over which channels.
    var intro: String
    var valueLabel: String
    var rows: [RankingRow]
    /// Without rows the page says that no department had posts in the ranking's channels.
    var hasRows: Bool
    var dataJSON: String
    var dataJSONURL: String
}
