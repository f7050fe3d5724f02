/// Aggregates one period's posts as they are streamed from posts.csv.
///
/// Memory does not grow with the number of posts, except for the red posts kept
/// for the red-light naming page. The hot path only indexes arrays. Each period
/// has its own accumulator, so periods can be accumulated on different threads
/// and combined by `RatingCalculator`; two accumulators of the same period
/// (e.g. halves of a file) combine with `merge`.
public struct PeriodAccumulator: Sendable {
    public let info: PeriodInfo
    public let rules: RatingRules
    /// Department ids by registry index, to name red posts.
    private let departmentIDs: [String]
    /// Indexed by channel.
    private let isAssessedChannel: [Bool]
    /// The extra rankings (site.yml `rankings`) whose channels include each channel, indexed by channel.
    private let rankingsOfChannel: [[Int]]
    private let dimensionCount: Int

    /// Every post of each channel, indexed like `config.channels`. Lights are
    /// counted for assessed channels only (other posts have no light).
    public private(set) var channelTallies: [Tally]
    /// Public posts of each channel, indexed like `config.channels`.
    public private(set) var publicPosts: [Int]
    /// All assessed posts.
    public private(set) var assessed: Tally
    /// Assessed posts of each category, indexed like `config.categories` (a class without its sub-categories).
    public private(set) var categoryPosts: [Int]
    /// Assessed posts of each department, indexed by registry index.
    public private(set) var departmentTallies: [Tally]
    /// Assessed, accepted posts not replied as of the cut-off, in the order added.
    public private(set) var redPosts: [RedPost] = []
    /// Per extra ranking, each department's posts in the ranking's channels (with their lights: a
    /// ranking counts its channels' posts as assessed), indexed by ranking, then registry index.
    public private(set) var rankingTallies: [[Tally]]
    /// Star counts of assessed posts: `dimensionStars[dimension * 5 + stars - 1]`.
    public private(set) var dimensionStars: [Int]
    /// Which optional columns posts.csv has (set by the pipeline after reading it).
    public var columns = PostsColumns(hasSettledAt: false, hasRatings: false)

    public init(config: SiteConfig, registry: DepartmentRegistry, info: PeriodInfo, calendar: WorkingCalendar) {
        self.info = info
        rules = RatingRules(assessment: config.assessment, satisfaction: config.satisfaction, quarter: info, calendar: calendar)
        departmentIDs = registry.departments.map(\.id)
        let assessedIDs = Set(config.assessment.channels)
        isAssessedChannel = config.channels.map { assessedIDs.contains($0.id) }
        rankingsOfChannel = config.channels.map { channel in
            config.rankings.indices.filter { config.rankings[$0].channels.contains(channel.id) }
        }
        dimensionCount = config.satisfaction?.dimensions.count ?? 0
        let empty = Tally(settleLimits: config.assessment.settleWithin.count)
        channelTallies = Array(repeating: empty, count: config.channels.count)
        publicPosts = Array(repeating: 0, count: config.channels.count)
        assessed = empty
        categoryPosts = Array(repeating: 0, count: config.categories.count)
        departmentTallies = Array(repeating: empty, count: registry.departments.count)
        rankingTallies = Array(repeating: Array(repeating: empty, count: registry.departments.count), count: config.rankings.count)
        dimensionStars = Array(repeating: 0, count: dimensionCount * 5)
    }

    /// Counts one validated post of this period; only a red post's text is read.
    public mutating func add(_ post: Post, text: PostText) {
        let isAssessed = isAssessedChannel[post.channel]
        let status = rules.status(of: post, isAssessed: isAssessed)
        channelTallies[post.channel].add(status)
        if post.isPublic { publicPosts[post.channel] += 1 }
        let rankings = rankingsOfChannel[post.channel]
        if !rankings.isEmpty {
            let rankingStatus = isAssessed ? status : rules.status(of: post, isAssessed: true)
            for ranking in rankings { rankingTallies[ranking][post.department].add(rankingStatus) }
        }
        guard isAssessed else { return }
        assessed.add(status)
        categoryPosts[post.category] += 1
        departmentTallies[post.department].add(status)
        if status.isRated {
            for dimension in 0..<dimensionCount {
                if let stars = post.ratings[dimension] { dimensionStars[dimension * 5 + stars - 1] += 1 }
            }
        }
        if status.light == .red {
            redPosts.append(RedPost(
                id: text.id, department: departmentIDs[post.department], isPublic: post.isPublic, title: text.title, url: text.url,
                postedAt: post.postedAt, workingDaysWaiting: rules.workingDaysWaiting(postedOn: post.postedAt.localDay)))
        }
    }

    /// What the accumulator has counted, without the settings it was made with.
    struct Counts: Sendable {
        var channelTallies: [Tally]
        var publicPosts: [Int]
        var assessed: Tally
        var categoryPosts: [Int]
        var departmentTallies: [Tally]
        var redPosts: [RedPost]
        var rankingTallies: [[Tally]]
        var dimensionStars: [Int]
        var columns: PostsColumns
    }

    /// Saved by the build cache, so that a period whose inputs did not change is not read again.
    var counts: Counts {
        get {
            Counts(channelTallies: channelTallies, publicPosts: publicPosts, assessed: assessed,
                   categoryPosts: categoryPosts, departmentTallies: departmentTallies, redPosts: redPosts,
                   rankingTallies: rankingTallies, dimensionStars: dimensionStars, columns: columns)
        }
        set {
            (channelTallies, publicPosts, assessed) = (newValue.channelTallies, newValue.publicPosts, newValue.assessed)
            (categoryPosts, departmentTallies, redPosts) = (newValue.categoryPosts, newValue.departmentTallies, newValue.redPosts)
            (rankingTallies, dimensionStars, columns) = (newValue.rankingTallies, newValue.dimensionStars, newValue.columns)
        }
    }

    /// Adds the counts of another accumulator of the same period.
    public mutating func merge(_ other: PeriodAccumulator) {
        precondition(other.info.id == info.id && other.channelTallies.count == channelTallies.count
                     && other.departmentTallies.count == departmentTallies.count,
                     "merging accumulators of different periods or settings")
        for index in channelTallies.indices { channelTallies[index].add(other.channelTallies[index]) }
        for index in publicPosts.indices { publicPosts[index] += other.publicPosts[index] }
        assessed.add(other.assessed)
        for index in categoryPosts.indices { categoryPosts[index] += other.categoryPosts[index] }
        for index in departmentTallies.indices { departmentTallies[index].add(other.departmentTallies[index]) }
        for ranking in rankingTallies.indices {
            for index in rankingTallies[ranking].indices { rankingTallies[ranking][index].add(other.rankingTallies[ranking][index]) }
        }
        for index in dimensionStars.indices { dimensionStars[index] += other.dimensionStars[index] }
        columns.hasSettledAt = columns.hasSettledAt || other.columns.hasSettledAt
        columns.hasRatings = columns.hasRatings || other.columns.hasRatings
        redPosts += other.redPosts
    }
}

extension Tally {
    mutating func add(_ other: Tally) {
        posts += other.posts
        accepted += other.accepted
        replied += other.replied
        lights.add(other.lights)
        settled += other.settled
        for index in other.settledWithin.indices {
            if index < settledWithin.count { settledWithin[index] += other.settledWithin[index] } else { settledWithin.append(other.settledWithin[index]) }
        }
        rated += other.rated
        satisfied += other.satisfied
    }
}

extension LightCounts {
    mutating func add(_ other: LightCounts) {
        green += other.green
        yellow += other.yellow
        gray += other.gray
        red += other.red
    }
}
