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

/// A headline figure with its quarter-on-quarter change.
struct HeadlineFigure: Sendable {
    var label: String
    var value: String
    var change: Change
}

/// A quarter-on-quarter change, ready for the `change` partial.
struct Change: Sendable {
    var isAvailable = true
    /// `up`, `down` or `flat` (for a CSS class; the text carries the sign).
    var trend: String
    var text: String

    init(difference: Int, text: String) {
        trend = difference > 0 ? "up" : difference < 0 ? "down" : "flat"
        self.text = text
    }

    private init() {
        isAvailable = false
        trend = "none"
        text = "—"
    }

    static let unavailable = Change()
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
    /// The page body, rendered from the page's own template.
    var content: String
}

// MARK: - Quarter pages

/// Links shared by every page of a quarter. Only links that cannot change when
/// a newer quarter is added (archive stability): no "next quarter".
struct QuarterLinks: Sendable {
    var quarterName: String
    var report: String
    var league: String
    var green: String
    var red: String
    var complex: String
    /// The five pages above in navigation order, the current one marked.
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
    /// site.yml's `open_data: {posts: true}`: the period's desensitised posts, as CSV and workbook.
    var hasPosts: Bool
    var postsCSV: String
    var postsXLSX: String
    var datapackage: String
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

struct CategoryRow: Sendable {
    var name: DisplayText
    var posts: String
    var share: String
}

struct CorrectionItem: Sendable {
    var date: String
    var isoDate: String
    var text: DisplayText
}

struct QuarterReportPage: Sendable {
    var title: String
    var links: QuarterLinks
    var asOfNote: String
    var publishedNote: String
    var figures: [HeadlineFigure]
    var channels: [ChannelRow]
    var categories: [CategoryRow]
    var narrative: [DisplayMarkdown]
    var corrections: [CorrectionItem]
    var downloads: DataLinks
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
    var isTopTen: Bool
}

struct LeaguePage: Sendable {
    var title: String
    var links: QuarterLinks
    var asOfNote: String
    var departmentCount: String
    var rows: [LeagueRow]
    var chart: String
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
    var links: QuarterLinks
    var asOfNote: String
    var allGreen: [GreenListRow]
    var greenRates: [GreenRateRow]
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
    var links: QuarterLinks
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
    var links: QuarterLinks
    var cards: [ComplexIssueCard]
    var leaders: [LeaderRow]
}

struct ComplexIssuePage: Sendable {
    var title: DisplayText
    var links: QuarterLinks
    var card: ComplexIssueCard
    var story: [DisplayMarkdown]
}

// MARK: - Departments

struct DepartmentIndexRow: Sendable {
    var department: DepartmentLink
    var latestRank: String
    var latestScore: String
}

struct DepartmentsPage: Sendable {
    var title: String
    var latestQuarter: [String]
    var rows: [DepartmentIndexRow]
}

struct DepartmentQuarterRow: Sendable {
    var quarter: Link
    var rank: String
    var score: String
    var posts: String
    var greenRate: String
    var redRate: String
}

struct DepartmentIssue: Sendable {
    var title: DisplayText
    var href: String
    var quarter: String
    var role: String
}

struct DepartmentRedQuarter: Sendable {
    var quarter: Link
    /// `partials/red-posts` with the longest-waiting red posts, at most `PageBuilder.redPostsPerQuarter` (triple braces).
    var redPosts: String
    /// Zero or one link to all of them, on the red-light page, when some are not shown.
    var allRedPosts: [Link]
}

struct DepartmentPage: Sendable {
    var title: DisplayText
    var indexHref: String
    var rows: [DepartmentQuarterRow]
    var chart: [String]
    var issues: [DepartmentIssue]
    var redQuarters: [DepartmentRedQuarter]
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

struct HomeLatestQuarter: Sendable {
    var links: QuarterLinks
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
    var latest: [HomeLatestQuarter]
    var eReading: [HomeEReading]
    var pages: [Link]
    var archiveHref: String
    var departmentsHref: String
    var methodologyHref: String
    var eReadingHref: String
}

struct ArchivePage: Sendable {
    var title: String
    var rows: [ArchiveRow]
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
