// View models of the pages of a period (LANG/SLUG/...): see ViewModels.swift.

// MARK: - Quarter pages

/// Links shared by every page of a quarter. Only links that cannot change when
/// a newer quarter is added (archive stability): no "next quarter".
struct PeriodLinks: Sendable {
    /// The quarter's or the month's name.
    var quarterName: String
    /// A monthly report: the templates choose the month wording ("Previous month").
    var isMonth: Bool
    var report: String
    var league: String
    var green: String
    var red: String
    var complex: String
    /// The five pages above in navigation order, then the extra rankings, the current one marked.
    var pages: [LayoutModel.NavItem]
    var previous: [Link]
}

/// The open-data files of a quarter (written by the data exporter).
struct DataLinks: Sendable {
    var summaryJSON: String
    var departmentsJSON: String
    var departmentsCSV: String
    /// The same table as an Excel workbook (docs/archiving.md §5).
    var departmentsXLSX: String
    /// Every bonus and penalty with its reason (OpenDataRenderer+Adjustments.swift).
    var adjustmentsJSON: String
    var adjustmentsCSV: String
    var adjustmentsXLSX: String
    /// site.yml's `open_data: {posts: true}`: the period's desensitised posts, as CSV and workbook.
    var hasPosts: Bool
    var postsCSV: String
    var postsXLSX: String
    var datapackage: String
    /// The same files' absolute URLs (from base_url), printed on paper after each link.
    var summaryJSONURL: String
    var departmentsJSONURL: String
    var departmentsCSVURL: String
    var datapackageURL: String
}

struct ChannelRow: Sendable {
    var name: DisplayText
    var isAssessed: Bool
    var posts: String
    var publicPosts: String
    var accepted: String
    var replied: String
    var acceptanceRate: String
    var replyRate: String
}

/// A class (a category without a parent) of the categories table.
struct CategoryRow: Sendable {
    var name: DisplayText
    var posts: String
    var share: String
    /// Zero or one: the class's sub-categories (contract §9).
    var subCategories: [SubCategoryGroup]
}

struct CorrectionItem: Sendable {
    /// `correction-YYYY-MM-DD` (`-2`, ... for a second one that day): the feed links to it.
    var anchor: String
    var date: String
    var isoDate: String
    var text: DisplayText
    /// The figures it changed, as recorded in quarter.yml (docs/archiving.md §6); none for a correction of text.
    var hasChanges: Bool
    var changes: [CorrectionChangeRow]
}

struct CorrectionChangeRow: Sendable {
    var figure: String
    var old: String
    var new: String
}

struct PeriodReportPage: Sendable {
    var title: String
    var links: PeriodLinks
    var asOfNote: String
    var publishedNote: String
    var figures: [HeadlineFigure]
    /// Zero or one sentence: how the changes against a year earlier are taken, when the period has them.
    var yearOverYearNote: [String]
    /// Zero or one: the four lights of the accepted posts (none before any post is accepted).
    var lights: [LightDistribution]
    var channels: [ChannelRow]
    var categories: [CategoryRow]
    var settlement: [SettlementSection]
    var satisfaction: [SatisfactionSection]
    /// Zero or one: the link to the period's bonus and penalty points, when it has any.
    var adjustments: [AdjustmentsLink]
    var narrative: [DisplayMarkdown]
    var corrections: [CorrectionItem]
    /// Zero or one link to `data/SLUG/corrections.json`, when the period has corrections.
    var correctionsLog: [String]
    var downloads: DataLinks
    // MARK: Contract §9–§10 (ViewModels+Rankings.swift)
    /// Zero or one sentence: "13 classes with 88 sub-categories", when there are sub-categories.
    var categoriesNote: [String]
    var topClasses: [TopClassesSection]
    var thresholds: [ThresholdsSection]
    var joined: [JoinedSection]
    var rankings: [RankingsSection]
}

struct LeagueRow: Sendable {
    var anchor: String
    var rank: String
    var department: DepartmentLink
    var score: String
    var acceptanceRate: String
    var replyRate: String
    var greenRate: String
    var green: String
    var yellow: String
    var gray: String
    var red: String
    var bonus: String
    var penalty: String
    var complexIssues: String
    /// Shown when the league has the column (`hasSettlement`, `hasSatisfaction`).
    var settleRate: String
    var satisfactionRate: String
    var isTopTen: Bool
    /// The period has settlement figures / rated posts: the row has their cells (as `LeaguePage`).
    var hasSettlement: Bool
    var hasSatisfaction: Bool
}

struct LeaguePage: Sendable {
    var title: String
    var links: PeriodLinks
    var asOfNote: String
    var departmentCount: String
    /// The period has settlement figures / rated posts: the league has their columns.
    var hasSettlement: Bool
    var hasSatisfaction: Bool
    /// The table's rows, each `partials/league-row` with a `LeagueRow` (triple braces).
    var rowsHTML: String
    /// Zero or one: the link to the reasons of the bonus and penalty columns, when the period has any.
    var adjustments: [AdjustmentsLink]
    var chart: String
    /// The columns' definitions, under the table.
    var definitions: [Definition]
}

struct GreenListRow: Sendable {
    var position: String
    var department: DepartmentLink
    var posts: String
    var accepted: String
    var green: String
}

struct GreenRateRow: Sendable {
    var department: DepartmentLink
    var greenRate: String
    var green: String
    var accepted: String
    var isAllGreen: Bool
}

struct GreenPage: Sendable {
    var title: String
    var links: PeriodLinks
    var asOfNote: String
    var allGreen: [GreenListRow]
    /// The league has departments: the green-rate table is shown.
    var hasGreenRates: Bool
    /// Every league department by green rate: each `partials/green-rate-row` with a `GreenRateRow` (triple braces).
    var greenRatesHTML: String
}

struct RedDepartment: Sendable {
    var anchor: String
    var position: String
    var department: DepartmentLink
    var red: String
    var redRate: String
    /// `partials/red-posts` with the department's red posts (triple braces); empty in `topRed`.
    var redPosts: String
}

/// The context of `partials/red-posts`: one department's red posts in one quarter.
struct RedPostList: Sendable {
    /// `partials/red-post` of each post, one after the other (triple braces).
    var rows: String
}

/// The context of `partials/red-post`.
struct RedPostRow: Sendable {
    /// A non-public post is listed without its title and link, so the counts still add up.
    var isPublic: Bool
    var title: DisplayText
    /// Zero or one: the post on the message board.
    var url: [String]
    var posted: String
    var waiting: String
}

struct RedPage: Sendable {
    var title: String
    var links: PeriodLinks
    var asOfNote: String
    var topRed: [RedDepartment]
    var departments: [RedDepartment]
}

struct ComplexIssueCard: Sendable {
    var title: DisplayText
    var href: String
    var lead: DepartmentLink
    var partners: [DepartmentLink]
    var location: [DisplayText]
    var resolved: String
    var isoResolved: String
}

struct LeaderRow: Sendable {
    var position: String
    var department: DepartmentLink
    var issues: String
}

struct ComplexPage: Sendable {
    var title: String
    var links: PeriodLinks
    var cards: [ComplexIssueCard]
    var leaders: [LeaderRow]
}

struct ComplexIssuePage: Sendable {
    var title: DisplayText
    var links: PeriodLinks
    var card: ComplexIssueCard
    var story: [DisplayMarkdown]
}


// MARK: - The distribution of lights (the period report's chart and its table)

struct LightRow: Sendable {
    /// `green`, `yellow`, `gray` or `red`, for the `light-…` class.
    var light: String
    var name: String
    /// Which posts get the light, with site.yml's limits.
    var definition: String
    var posts: String
    /// Of the accepted posts.
    var share: String
}

struct LightDistribution: Sendable {
    var accepted: String
    var rows: [LightRow]
    /// `Charts.rows` SVG, printed with triple braces.
    var chart: String
}
