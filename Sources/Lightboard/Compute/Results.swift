// The computed values handed from Compute to Render: plain values, no I/O.
// The rules that produce them live in RatingRules.swift (lights, rates, score)
// and Rankings.swift (league, green list, red list, complex-issue leaders).

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
public struct Tally: Hashable, Sendable {
    public var posts = 0
    public var accepted = 0
    public var replied = 0
    public var lights = LightCounts()

    public init(posts: Int = 0, accepted: Int = 0, replied: Int = 0, lights: LightCounts = LightCounts()) {
        self.posts = posts
        self.accepted = accepted
        self.replied = replied
        self.lights = lights
    }

    /// The exact rate in percent, or nil when its denominator is zero.
    /// acceptance and reply rates are over posts; light rates over accepted posts.
    public func rate(_ kind: RateKind) -> Fraction? {
        let (count, total): (Int, Int)
        switch kind {
        case .acceptanceRate: (count, total) = (accepted, posts)
        case .replyRate: (count, total) = (replied, posts)
        case .greenRate: (count, total) = (lights.green, accepted)
        case .yellowRate: (count, total) = (lights.yellow, accepted)
        case .grayRate: (count, total) = (lights.gray, accepted)
        case .redRate: (count, total) = (lights.red, accepted)
        }
        return Fraction.ratio(count, total).map { $0 * Fraction(100) }
    }

    /// All-green: at least one accepted post and every accepted post green.
    public var isAllGreen: Bool { accepted >= 1 && lights.green == accepted }
    /// No-red: at least one accepted post and none red.
    public var hasNoRed: Bool { accepted >= 1 && lights.red == 0 }
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
    /// Assessed posts of this category.
    public var posts: Int
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
    /// The headline of the calendar quarter immediately before, if it is in the content.
    public var previousHeadline: HeadlineFigures?
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
    public var adjustments: [Adjustment]
    public var narrative: LocalizedMarkdown

    public var id: PeriodID { info.id }
    /// The first three of the red list (fewer if fewer have red lights).
    public var topRed: [DepartmentFigures] { Array(redList.prefix(3)) }

    /// This quarter's all-green count minus the previous quarter's; nil without a previous quarter.
    public var departmentsAllGreenChange: Int? {
        previousHeadline.map { headline.departmentsAllGreen - $0.departmentsAllGreen }
    }

    public var departmentsNoRedChange: Int? {
        previousHeadline.map { headline.departmentsNoRed - $0.departmentsNoRed }
    }
}

/// The computed site: every quarter, oldest first, with the content it came from.
public struct ComputedSite: Sendable {
    public var content: SiteContent
    /// The quarters oldest first, then the months oldest first.
    public var periods: [PeriodResult]

    /// The quarters, oldest first.
    public var quarters: [PeriodResult] { periods.filter { $0.id.kind == .quarter } }
    /// The months, oldest first.
    public var months: [PeriodResult] { periods.filter { $0.id.kind == .month } }
}
