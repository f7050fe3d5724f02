/// Aggregates one quarter's posts as they are streamed from posts.csv.
///
/// Memory does not grow with the number of posts, except for the red posts kept
/// for the red-light naming page. The hot path only indexes arrays. Each quarter
/// has its own accumulator, so quarters can be accumulated on different threads
/// and combined by `RatingCalculator`; two accumulators of the same quarter
/// (e.g. halves of a file) combine with `merge`.
public struct PeriodAccumulator: Sendable {
    public let info: PeriodInfo
    public let rules: RatingRules
    /// Department ids by registry index, to name red posts.
    private let departmentIDs: [String]
    /// Indexed by channel.
    private let isAssessedChannel: [Bool]

    /// Every post of each channel, indexed like `config.channels`. Lights are
    /// counted for assessed channels only (other posts have no light).
    public private(set) var channelTallies: [Tally]
    /// Public posts of each channel, indexed like `config.channels`.
    public private(set) var publicPosts: [Int]
    /// All assessed posts.
    public private(set) var assessed = Tally()
    /// Assessed posts of each category, indexed like `config.categories`.
    public private(set) var categoryPosts: [Int]
    /// Assessed posts of each department, indexed by registry index.
    public private(set) var departmentTallies: [Tally]
    /// Assessed, accepted posts not replied as of the cut-off, in the order added.
    public private(set) var redPosts: [RedPost] = []

    public init(config: SiteConfig, registry: DepartmentRegistry, info: PeriodInfo, calendar: WorkingCalendar) {
        self.info = info
        rules = RatingRules(assessment: config.assessment, quarter: info, calendar: calendar)
        departmentIDs = registry.departments.map(\.id)
        let assessedIDs = Set(config.assessment.channels)
        isAssessedChannel = config.channels.map { assessedIDs.contains($0.id) }
        channelTallies = Array(repeating: Tally(), count: config.channels.count)
        publicPosts = Array(repeating: 0, count: config.channels.count)
        categoryPosts = Array(repeating: 0, count: config.categories.count)
        departmentTallies = Array(repeating: Tally(), count: registry.departments.count)
    }

    /// Counts one validated post of this quarter; only a red post's text is read.
    public mutating func add(_ post: Post, text: PostText) {
        let isAssessed = isAssessedChannel[post.channel]
        let status = rules.status(of: post, isAssessed: isAssessed)
        channelTallies[post.channel].add(status)
        if post.isPublic { publicPosts[post.channel] += 1 }
        guard isAssessed else { return }
        assessed.add(status)
        categoryPosts[post.category] += 1
        departmentTallies[post.department].add(status)
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
    }

    /// Saved by the build cache, so that a quarter whose inputs did not change is not read again.
    var counts: Counts {
        get {
            Counts(channelTallies: channelTallies, publicPosts: publicPosts, assessed: assessed,
                   categoryPosts: categoryPosts, departmentTallies: departmentTallies, redPosts: redPosts)
        }
        set {
            (channelTallies, publicPosts, assessed) = (newValue.channelTallies, newValue.publicPosts, newValue.assessed)
            (categoryPosts, departmentTallies, redPosts) = (newValue.categoryPosts, newValue.departmentTallies, newValue.redPosts)
        }
    }

    /// Adds the counts of another accumulator of the same quarter.
    public mutating func merge(_ other: PeriodAccumulator) {
        precondition(other.info.id == info.id && other.channelTallies.count == channelTallies.count
                     && other.departmentTallies.count == departmentTallies.count,
                     "merging accumulators of different quarters or settings")
        for index in channelTallies.indices { channelTallies[index].add(other.channelTallies[index]) }
        for index in publicPosts.indices { publicPosts[index] += other.publicPosts[index] }
        assessed.add(other.assessed)
        for index in categoryPosts.indices { categoryPosts[index] += other.categoryPosts[index] }
        for index in departmentTallies.indices { departmentTallies[index].add(other.departmentTallies[index]) }
        redPosts += other.redPosts
    }
}

extension Tally {
    mutating func add(_ other: Tally) {
        posts += other.posts
        accepted += other.accepted
        replied += other.replied
        lights.add(other.lights)
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
