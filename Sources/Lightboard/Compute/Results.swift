// The computed values handed from Compute to Render: plain values, no I/O.
// The rules that produce them live in Compute/Rules/ (docs/rules.md names the file of each).

/// The four lights of accepted, assessed posts. They always add up to `accepted`.
public struct LightCounts: Hashable, Sendable {
    public var green = 0, yellow = 0, gray = 0, red = 0

    public init(green: Int = 0, yellow: Int = 0, gray: Int = 0, red: Int = 0) {
        self.green = green
        self.yellow = yellow
        self.gray = gray
        self.red = red
    }

    public var total: Int { green + yellow + gray + red }
}

/// Counts over a set of posts (a channel, a department's assessed posts, all assessed posts).
/// The rates and the all-green and no-red rules are in Rules/Rates.swift.
public struct Tally: Hashable, Sendable {
    public var posts = 0
    public var accepted = 0
    public var replied = 0
    public var lights = LightCounts()
    /// Accepted posts settled as of the cut-off (contract §7).
    public var settled = 0
    /// Settled posts within each limit of `assessment.settle_within`, in its order.
    public var settledWithin: [Int] = []
    /// Posts with at least one rating, and those whose mean rating reaches `satisfied_from` (contract §8).
    public var rated = 0
    public var satisfied = 0

    public init(posts: Int = 0, accepted: Int = 0, replied: Int = 0, lights: LightCounts = LightCounts(),
                settled: Int = 0, rated: Int = 0, satisfied: Int = 0, settledWithin: [Int] = []) {
        self.posts = posts
        self.accepted = accepted
        self.replied = replied
        self.lights = lights
        self.settled = settled
        self.settledWithin = settledWithin
        self.rated = rated
        self.satisfied = satisfied
    }

    /// Zero counts with one settled-within count per settlement limit.
    public init(settleLimits: Int) {
        self.init(settledWithin: Array(repeating: 0, count: settleLimits))
    }
}

/// One row of an extra ranking (contract §9).
public struct RankingEntry: Hashable, Sendable {
    public var department: Department
    public var rank: Int
    /// The department's posts in the ranking's channels.
    public var posts: Int
    /// Exact; nil for a rate with a zero denominator.
    public var value: Fraction?
}

/// An extra ranking of site.yml with its rows.
public struct RankingResult: Hashable, Sendable {
    public var definition: RankingDefinition
    public var entries: [RankingEntry]
}

/// Per satisfaction dimension: how many posts gave each number of stars.
public struct DimensionFigures: Hashable, Sendable {
    public var dimension: NamedItem
    /// `stars[0]` one-star ratings ... `stars[4]` five-star ratings.
    public var stars: [Int]

    public var rated: Int { stars.reduce(0, +) }
}

/// One threshold and the league departments below it.
public struct ThresholdResult: Hashable, Sendable {
    public var threshold: Threshold
    public var departments: [DepartmentFigures]
}

/// Platform sign-up as of a period (contract §10).
public struct JoinedFigures: Hashable, Sendable {
    /// Departments joined on or before the as-of day.
    public var total: Int
    /// Departments joined within the period's dates, in registry order.
    public var inPeriod: [Department]
}

/// A channel's figures in a quarter (all its posts, assessed or not).
public struct ChannelFigures: Hashable, Sendable {
    public var channel: NamedItem
    public var tally: Tally
    /// Posts marked public (`public` empty or yes).
    public var publicPosts: Int
}

public struct CategoryCount: Hashable, Sendable {
    public var category: NamedItem
    /// Assessed posts of this category; a class with sub-categories counts theirs too.
    public var posts: Int
    /// The class of a sub-category.
    public var parent: NamedItem? = nil
}

/// A department of the league.
public struct DepartmentFigures: Hashable, Sendable {
    public var department: Department
    /// Over the department's assessed posts only.
    public var tally: Tally
    public var bonus: Fraction
    public var penalty: Fraction
    /// Complex issues of the quarter that it leads.
    public var complexIssues: Int
    /// Exact, unrounded.
    public var score: Fraction
    /// 1...n in league order, no gaps.
    public var rank: Int
    /// The parts of `score` (its `total`), for the department page.
    public var scoreBreakdown: ScoreBreakdown
}

/// An assessed post with a red light, shown on the red-light naming page.
public struct RedPost: Hashable, Sendable {
    public var id: String
    public var department: String
    /// A non-public post keeps its title and URL here, but pages must not show them.
    public var isPublic: Bool
    public var title: String
    public var url: String?
    public var postedAt: Timestamp
    /// Working days D with posting date < D <= as-of day.
    public var workingDaysWaiting: Int
}

public struct ComplexIssueLeader: Hashable, Sendable {
    public var department: Department
    public var issues: Int
}

/// The figures a quarter-over-quarter change is taken of.
public struct HeadlineFigures: Hashable, Sendable {
    public var assessed: Tally
    public var departments: Int
    public var departmentsAllGreen: Int
    public var departmentsNoRed: Int
    public var complexIssues: Int
}

/// Everything computed for one quarter.
public struct PeriodResult: Sendable {
    public var info: PeriodInfo
    /// site.yml order, every channel, zeros included.
    public var channels: [ChannelFigures]
    /// `assessment.channels` in site.yml order.
    public var assessedChannels: [String]
    public var headline: HeadlineFigures
    /// The headline of the calendar period of the same kind immediately before, if it is in the content.
    public var previousHeadline: HeadlineFigures?
    /// The headline of the same period one year earlier, if it is in the content (contract §6).
    public var yearEarlierHeadline: HeadlineFigures? = nil
    /// Whether the period's posts.csv has `settled_at`: settlement figures are published only then (contract §7).
    public var hasSettlement = false
    /// Per dimension of site.yml `satisfaction`, over assessed posts; nil without `satisfaction`.
    public var satisfaction: [DimensionFigures]? = nil
    /// `assessment.thresholds` in the order written.
    public var thresholds: [ThresholdResult] = []
    /// site.yml `rankings` in order.
    public var rankings: [RankingResult] = []
    /// nil when departments.csv has no `joined` column.
    public var joined: JoinedFigures? = nil
    /// site.yml order, every category, zeros included.
    public var categories: [CategoryCount]
    /// Departments with at least one assessed post, by exact score descending, then registry order.
    public var league: [DepartmentFigures]
    /// All-green departments by assessed posts descending, then registry order.
    public var greenList: [DepartmentFigures]
    /// Departments with red >= 1 by red descending, then registry order.
    public var redList: [DepartmentFigures]
    /// Red posts by department id, each list oldest post first (then by id).
    public var redPosts: [String: [RedPost]]
    /// Sorted by slug.
    public var complexIssues: [ComplexIssue]
    /// Lead departments by issues led descending, then registry order.
    public var complexIssueLeaders: [ComplexIssueLeader]
    /// Every row of adjustments.csv (a department outside the league's too), by date, then registry
    /// order, then file order (`Rankings.adjustments`).
    public var adjustments: [Adjustment]
    public var narrative: LocalizedMarkdown

    public var id: PeriodID { info.id }
    /// The first three of the red list (fewer if fewer have red lights).
    public var topRed: [DepartmentFigures] { Rankings.topRed(redList) }
    /// The report's top five classes (Rules/Orderings.swift).
    public var topClasses: [CategoryCount] { Rankings.topClasses(categories) }
}

/// The computed site: every quarter, oldest first, with the content it came from.
public struct ComputedSite: Sendable {
    public var content: SiteContent
    /// The quarters oldest first, then the months oldest first.
    public var periods: [PeriodResult]
    /// Problems that do not stop the build (a figure typed by hand that is not the published one).
    public var warnings: [Diagnostic] = []

    /// The quarters, oldest first.
    public var quarters: [PeriodResult] { periods.filter { $0.id.kind == .quarter } }
    /// The months, oldest first.
    public var months: [PeriodResult] { periods.filter { $0.id.kind == .month } }
}
