/// The orderings of the contract, all through `ordered`: a key descending (or
/// ascending), then registry order, which breaks every tie.
public enum Rankings {
    /// `items` by `key` descending (ascending when `ascending`), then by registry index. Items whose key
    /// is nil (a rate with a zero denominator) come after all others, in registry order.
    public static func ordered<Item, Key: Comparable>(_ items: [Item], by key: (Item) -> Key?, ascending: Bool = false,
                                                     registryIndex: (Item) -> Int) -> [Item] {
        let keyed = items.map { (item: $0, key: key($0), index: registryIndex($0)) }
        return keyed.sorted { lhs, rhs in
            switch (lhs.key, rhs.key) {
            case let (left?, right?) where left != right: ascending ? left < right : left > right
            case (nil, _?): false
            case (_?, nil): true
            default: lhs.index < rhs.index
            }
        }.map(\.item)
    }

    /// Departments with at least one assessed post, by exact score descending, then
    /// registry order, ranked 1...n with no gaps.
    public static func league(_ departments: [DepartmentFigures]) -> [DepartmentFigures] {
        let ordered = ordered(departments.filter { $0.tally.posts >= 1 }, by: \.score, registryIndex: \.department.registryIndex)
        return ordered.enumerated().map { offset, figures in
            var ranked = figures
            ranked.rank = offset + 1
            return ranked
        }
    }

    /// All-green departments by assessed posts descending, then registry order.
    public static func greenList(_ league: [DepartmentFigures]) -> [DepartmentFigures] {
        ordered(league.filter(\.tally.isAllGreen), by: \.tally.posts, registryIndex: \.department.registryIndex)
    }

    /// Departments with at least one red light by red lights descending, then registry order.
    public static func redList(_ league: [DepartmentFigures]) -> [DepartmentFigures] {
        ordered(league.filter { $0.tally.lights.red >= 1 }, by: \.tally.lights.red, registryIndex: \.department.registryIndex)
    }

    /// The first three of the red list (fewer if fewer have red lights).
    public static func topRed(_ redList: [DepartmentFigures]) -> [DepartmentFigures] { Array(redList.prefix(3)) }

    /// The green list page's table of every league department: by exact green rate descending,
    /// a department without accepted posts (no green rate) last, then registry order.
    public static func byGreenRate(_ league: [DepartmentFigures]) -> [DepartmentFigures] {
        ordered(league, by: { $0.tally.rate(.greenRate) }, registryIndex: \.department.registryIndex)
    }

    /// How many of the league the home page shows.
    public static let homeLeagueCount = 5

    /// The home page's part of the league: its first `homeLeagueCount`.
    public static func homeLeague(_ league: [DepartmentFigures]) -> ArraySlice<DepartmentFigures> {
        league.prefix(homeLeagueCount)
    }

    /// The league's first ten are marked on the league page.
    public static func isTopTen(rank: Int) -> Bool { rank <= 10 }

    /// Lead departments (in the league or not) by issues led descending, then registry order.
    public static func complexIssueLeaders(_ issues: [ComplexIssue], registry: DepartmentRegistry) -> [ComplexIssueLeader] {
        var issuesLed = Array(repeating: 0, count: registry.departments.count)
        for issue in issues {
            guard let index = registry.index(of: issue.lead) else {
                preconditionFailure("complex issue \(issue.slug) led by unknown department \(issue.lead)")
            }
            issuesLed[index] += 1
        }
        let leaders = registry.departments.indices.filter { issuesLed[$0] > 0 }
            .map { ComplexIssueLeader(department: registry.departments[$0], issues: issuesLed[$0]) }
        return ordered(leaders, by: \.issues, registryIndex: \.department.registryIndex)
    }

    /// Red posts oldest first, then by id: the longest-waiting first.
    public static func redPosts(_ posts: [RedPost]) -> [RedPost] {
        posts.sorted { $0.postedAt != $1.postedAt ? $0.postedAt < $1.postedAt : $0.id < $1.id }
    }

    /// How many of a period's red posts a department page lists; the rest are on the red-light page.
    public static let redPostsPerDepartment = 10

    /// The red posts a department page lists for a period: the first `redPostsPerDepartment` of
    /// `redPosts` (already in `redPosts(_:)` order).
    public static func departmentRedPosts(_ redPosts: [RedPost]) -> ArraySlice<RedPost> {
        redPosts.prefix(redPostsPerDepartment)
    }

    /// A period's bonus and penalty points as listed on its pages and in its open data: by date
    /// (oldest first), then registry order, then the order of adjustments.csv (the sort is stable).
    public static func adjustments(_ adjustments: [Adjustment], registry: DepartmentRegistry) -> [Adjustment] {
        ordered(adjustments, by: \.date, ascending: true, registryIndex: { adjustment in
            guard let index = registry.index(of: adjustment.department) else {
                preconditionFailure("adjustment for unknown department \(adjustment.department)")
            }
            return index
        })
    }

    /// League departments whose exact rate is below the threshold (a null rate is not
    /// below), by exact rate ascending, then registry order (contract §9).
    public static func belowThreshold(_ threshold: Threshold, league: [DepartmentFigures]) -> [DepartmentFigures] {
        let below = league.filter { figures in figures.tally.rate(threshold.rate).map { $0 < threshold.value } ?? false }
        return ordered(below, by: { $0.tally.rate(threshold.rate) }, ascending: true, registryIndex: \.department.registryIndex)
    }

    /// How many classes the report's "top five" names (the Hubei report's "NO.1 行政管理问题 27条").
    public static let topClassCount = 5

    /// Classes (categories without a parent, their sub-categories' posts included) with at least one
    /// assessed post, by posts descending, then site.yml order; the first `topClassCount`.
    public static func topClasses(_ categories: [CategoryCount]) -> [CategoryCount] {
        let classes = categories.enumerated().filter { $0.element.parent == nil && $0.element.posts >= 1 }
        return ordered(classes, by: \.element.posts, registryIndex: \.offset).prefix(topClassCount).map(\.element)
    }

    /// An extra ranking (contract §9): departments with at least one post in its channels, by exact
    /// value descending (a null rate last), then registry order, ranked 1...n, cut to `top`.
    public static func extraRanking(_ definition: RankingDefinition, tallies: [Tally],
                                     registry: DepartmentRegistry) -> [RankingEntry] {
        let candidates = registry.departments.filter { tallies[$0.registryIndex].posts >= 1 }
        let ranked = ordered(candidates, by: { definition.measure.value(of: tallies[$0.registryIndex]) },
                             registryIndex: \.registryIndex)
        let kept = definition.top.map { Array(ranked.prefix($0)) } ?? ranked
        return kept.enumerated().map { offset, department in
            let tally = tallies[department.registryIndex]
            return RankingEntry(department: department, rank: offset + 1, posts: tally.posts,
                                value: definition.measure.value(of: tally))
        }
    }
}
