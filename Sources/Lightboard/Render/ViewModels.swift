// View models: the contract with the templates. Every value is a ready-made
// string (or a list of further view models); Mustache only prints them.
// Their template look-ups and field lists are generated from this file:
// after a change, run `swift run generate-template-fields` (TemplateLookups.generated.swift).
// Optionals are avoided on purpose: Mustache looks a missing (nil) key up in
// the enclosing objects, so an optional part is a list of zero or one item.

/// A text in the page's language, or in the language it fell back to
/// (`isFallback`, then the template wraps it in an element with `lang`).
struct DisplayText: Hashable, Sendable {
    var text: String
    var lang: String
    var isFallback: Bool
}

/// Markdown rendered to HTML by cmark-gfm (printed with triple braces).
struct DisplayMarkdown: Sendable {
    var html: String
    var lang: String
    var isFallback: Bool
}

struct Link: Sendable {
    var label: String
    var href: String
}

struct DepartmentLink: Sendable {
    var name: DisplayText
    var href: String
    /// `partials/department-link.mustache` rendered for this link (`RenderedPartials`).
    var html: String
}

/// A headline figure with its change against the previous period and, when that period is
/// in the content, against the same period a year earlier (同比).
struct HeadlineFigure: Sendable {
    var label: String
    var value: String
    var change: Change
    /// What the figure counts, in a sentence.
    var definition: String
    /// Zero or one.
    var yearOverYear: [Change]
}

/// A term of a page (a column, a mark) and what it means.
struct Definition: Sendable {
    var term: String
    var text: String
}

/// A change against the previous period or a year earlier, ready for the `change` partial.
struct Change: Sendable {
    var isAvailable = true
    /// Against the same period a year earlier: the partial's "no comparison" text says so.
    var isYearOverYear = false
    /// `up`, `down` or `flat` (for a CSS class; the text carries the sign).
    var trend: String
    var text: String

    init(difference: Int, text: String, isYearOverYear: Bool = false) {
        trend = difference > 0 ? "up" : difference < 0 ? "down" : "flat"
        self.text = text
        self.isYearOverYear = isYearOverYear
    }

    private init(isYearOverYear: Bool) {
        isAvailable = false
        self.isYearOverYear = isYearOverYear
        trend = "none"
        text = "—"
    }

    static let unavailable = Change(isYearOverYear: false)
    static let unavailableYearOverYear = Change(isYearOverYear: true)
}

// MARK: - Layout

/// The site navigation of a page: the same at every page of a depth and section.
struct SiteNav: Hashable, Sendable {
    var nav: [LayoutModel.NavItem]
}

struct LayoutModel: Sendable {
    struct Alternate: Sendable { var hreflang: String; var href: String }
    struct NavItem: Hashable, Sendable { var label: String; var href: String; var isCurrent: Bool }
    struct LanguageLink: Sendable { var label: String; var lang: String; var href: String; var isCurrent: Bool }

    var lang: String
    var documentTitle: String
    var siteTitle: DisplayText
    /// `siteTitle` through `partials/text.mustache`.
    var siteTitleHTML: String
    /// Absent on the 404 page.
    var canonical: [String]
    var alternates: [Alternate]
    var stylesheet: String
    /// Every `assets/*.js` of the templates, loaded with `defer`; the site works without them.
    var scripts: [String]
    var feed: String
    var homeHref: String
    /// `partials/site-nav.mustache` rendered for this page's `SiteNav`.
    var siteNav: String
    var languages: [LanguageLink]
    /// Zero or one address the page sends the reader on to at once (`/LANG/latest/`), as `<meta http-equiv="refresh">`.
    var refresh: [String]
    /// The page body, rendered from the page's own template.
    var content: String
}

// MARK: - Departments

struct DepartmentIndexRow: Sendable {
    var department: DepartmentLink
    var latestRank: String
    var latestScore: String
}

/// One group of the departments page (site.yml `department_groups`), or the whole
/// registry when no groups are declared (then `name` is empty and there is no jump list).
struct DepartmentGroupSection: Sendable {
    var anchor: String
    var name: [DisplayText]
    var count: String
    var rows: [DepartmentIndexRow]
}

struct DepartmentsPage: Sendable {
    var title: String
    var latestQuarter: [String]
    /// Whether site.yml declares department groups: the page then opens with a jump list to them.
    var isGrouped: Bool
    var groups: [DepartmentGroupSection]
}

struct DepartmentPeriodRow: Sendable {
    var quarter: Link
    var rank: String
    var score: String
    var posts: String
    var greenRate: String
    var redRate: String
    var settleRate: String
    var satisfactionRate: String
    /// Some period has settlement figures / rated posts: the row has their cells (as `DepartmentPage`).
    var hasSettlement: Bool
    var hasSatisfaction: Bool
}

struct DepartmentIssue: Sendable {
    var title: DisplayText
    var href: String
    var quarter: String
    var role: String
}

struct DepartmentRedPeriod: Sendable {
    var quarter: Link
    /// `partials/red-posts` with the longest-waiting red posts, at most `Rankings.redPostsPerDepartment` (triple braces).
    var redPosts: String
    /// Zero or one link to all of them, on the red-light page, when some are not shown.
    var allRedPosts: [Link]
}

struct DepartmentPage: Sendable {
    var title: DisplayText
    var indexHref: String
    /// The site publishes quarters / months: each has its section.
    var hasQuarters: Bool
    var hasMonths: Bool
    /// Some period has settlement figures / rated posts: the tables have their columns.
    var hasSettlement: Bool
    var hasSatisfaction: Bool
    /// The quarters, newest first: each `partials/department-period-row` with a `DepartmentPeriodRow` (triple braces).
    var rowsHTML: String
    var chart: [String]
    /// The months, newest first (the row's `quarter` links to the month's report), as `rowsHTML`.
    var monthRowsHTML: String
    var monthChart: [String]
    var issues: [DepartmentIssue]
    var redQuarters: [DepartmentRedPeriod]
    /// The periods with bonus or penalty points for the department, newest first within each kind, the months before the quarters.
    var adjustments: [DepartmentAdjustmentPeriod]
    /// Zero or one: how each quarter's score is made, when the department was rated in one.
    var scoreBreakdown: [ScoreBreakdownTable]
}

/// One part of a department's score (a weighted rate, bonus, penalty, complex issues, the score),
/// one value per quarter of the table, newest first.
struct ScorePartRow: Sendable {
    var label: String
    var values: [String]
    var isTotal: Bool
}

struct ScoreBreakdownTable: Sendable {
    var quarters: [String]
    var parts: [ScorePartRow]
}

// MARK: - Home, archive, publications

struct ArchiveRow: Sendable {
    var quarter: Link
    var published: String
    var posts: String
    var acceptanceRate: String
    var replyRate: String
    var greenRate: String
    var redRate: String
    var departments: String
}

struct HomeLatestPeriod: Sendable {
    var links: PeriodLinks
    var asOfNote: String
    var figures: [HeadlineFigure]
    var topLeague: [LeagueRow]
    var topRed: [RedDepartment]
}

struct HomeEReading: Sendable {
    var month: String
    var title: DisplayText
    var href: String
}

struct HomePage: Sendable {
    var title: DisplayText
    var latest: [HomeLatestPeriod]
    var eReading: [HomeEReading]
    var pages: [Link]
    var archiveHref: String
    var departmentsHref: String
    var methodologyHref: String
    var eReadingHref: String
}

/// The quarters or the months of one year in the archive, newest first.
struct ArchiveTable: Sendable {
    var id: String
    var caption: String
    var isMonth: Bool
    var rows: [ArchiveRow]
}

/// One year of the archive of a site with monthly reports: its quarters' table, then its months' (each only if any).
struct ArchiveYear: Sendable {
    var year: String
    var anchor: String
    var tables: [ArchiveTable]
}

struct ArchivePage: Sendable {
    var title: String
    /// Every quarter, newest first, when the site has no months (otherwise empty: see `years`).
    var rows: [ArchiveRow]
    /// Newest year first; empty on a quarter-only site.
    var years: [ArchiveYear]
}

struct EReadingRow: Sendable {
    var month: String
    var title: DisplayText
    var href: String
    var hits: String
}

struct EReadingPage: Sendable {
    var title: String
    var rows: [EReadingRow]
}

struct OfficialRow: Sendable {
    var name: DisplayText
    var role: DisplayText
}

struct FeedbackItem: Sendable {
    var label: String
    var value: String
    var href: [String]
}

struct EReadingMonthPage: Sendable {
    var title: DisplayText
    var month: String
    var officials: [OfficialRow]
    var body: [DisplayMarkdown]
    var hits: String
    var opinions: String
    var handledWithin: String
    var feedback: [FeedbackItem]
    var indexHref: String
}

struct WeightRow: Sendable {
    var rate: String
    var weight: String
}

struct MethodologyPage: Sendable {
    var title: String
    var lightRules: [String]
    var weights: [WeightRow]
    var complexPoints: String
    var channels: [DisplayText]
    var rounding: String
    var asOf: String
}

struct FreePageModel: Sendable {
    var title: DisplayText
    var body: [DisplayMarkdown]
}

struct NotFoundPage: Sendable {
    struct Message: Sendable { var lang: String; var heading: String; var message: String; var home: Link }
    var messages: [Message]
}
