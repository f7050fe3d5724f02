/// Turns validated content and the accumulated posts into the computed periods.
///
/// Two steps, so that the posts of each quarter can be streamed into its own
/// `PeriodAccumulator` independently (in parallel if wished):
/// 1. `periodResult` computes one quarter from its accumulator alone;
/// 2. `linkingPreviousQuarters` orders the results and fills in `previousHeadline`.
/// `compute` does both.
public enum RatingCalculator {
    /// Every quarter of `content`, oldest first. `accumulators` holds one finished
    /// accumulator per quarter of the content, in any order.
    public static func compute(content: SiteContent, accumulators: [PeriodAccumulator]) -> ComputedSite {
        let byID = Dictionary(accumulators.map { ($0.info.id, $0) }, uniquingKeysWith: { _, _ in
            preconditionFailure("two accumulators for the same quarter")
        })
        let results = content.periods.map { quarter in
            guard let accumulator = byID[quarter.info.id] else {
                preconditionFailure("no accumulator for quarter \(quarter.info.id)")
            }
            return periodResult(quarter, accumulator: accumulator, content: content)
        }
        return ComputedSite(content: content, periods: linkingPreviousPeriods(results))
    }

    /// One quarter's figures, with `previousHeadline` left nil.
    public static func periodResult(_ quarter: PeriodContent, accumulator: PeriodAccumulator,
                                     content: SiteContent) -> PeriodResult {
        let config = content.config, registry = content.registry
        precondition(accumulator.info.id == quarter.info.id, "accumulator of another quarter")

        var bonus = Array(repeating: Fraction.zero, count: registry.departments.count)
        var penalty = bonus
        for adjustment in quarter.adjustments {
            // Points of a department outside the league are dropped with it below.
            guard let index = registry.index(of: adjustment.department) else {
                preconditionFailure("adjustment for unknown department \(adjustment.department)")
            }
            switch adjustment.kind {
            case .bonus: bonus[index] = bonus[index] + adjustment.points
            case .penalty: penalty[index] = penalty[index] + adjustment.points
            }
        }
        let leaders = Rankings.complexIssueLeaders(quarter.complexIssues, registry: registry)
        var issuesLed = Array(repeating: 0, count: registry.departments.count)
        for leader in leaders { issuesLed[leader.department.registryIndex] = leader.issues }

        let candidates = registry.departments.enumerated().map { index, department in
            let tally = accumulator.departmentTallies[index]
            let breakdown = RatingRules.scoreBreakdown(tally: tally, assessment: config.assessment, bonus: bonus[index],
                                                       penalty: penalty[index], complexIssues: issuesLed[index])
            return DepartmentFigures(
                department: department, tally: tally, bonus: bonus[index], penalty: penalty[index],
                complexIssues: issuesLed[index], score: breakdown.total, rank: 0, scoreBreakdown: breakdown)
        }
        let league = Rankings.league(candidates)
        let greenList = Rankings.greenList(league)

        let channels = config.channels.enumerated().map { index, channel in
            ChannelFigures(channel: channel, tally: accumulator.channelTallies[index],
                           publicPosts: accumulator.publicPosts[index])
        }
        // A class counts its own posts and those of its sub-categories (contract §9).
        var categoryPosts = accumulator.categoryPosts
        for (index, category) in config.categories.enumerated() {
            if let parent = category.parent { categoryPosts[parent] += accumulator.categoryPosts[index] }
        }
        let categories = config.categories.enumerated().map { index, category in
            CategoryCount(category: category, posts: categoryPosts[index], parent: category.parent.map { config.categories[$0] })
        }
        let redPosts = Dictionary(grouping: accumulator.redPosts, by: \.department).mapValues(Rankings.redPosts)
        let headline = HeadlineFigures(
            assessed: accumulator.assessed, departments: league.count, departmentsAllGreen: greenList.count,
            departmentsNoRed: league.count(where: \.tally.hasNoRed), complexIssues: quarter.complexIssues.count)

        var result = PeriodResult(
            info: quarter.info, channels: channels, assessedChannels: config.assessment.channels,
            headline: headline, previousHeadline: nil, categories: categories, league: league,
            greenList: greenList, redList: Rankings.redList(league), redPosts: redPosts,
            complexIssues: quarter.complexIssues, complexIssueLeaders: leaders,
            adjustments: Rankings.adjustments(quarter.adjustments, registry: registry), narrative: quarter.narrative)
        result.hasSettlement = accumulator.columns.hasSettledAt
        result.satisfaction = config.satisfaction.map { settings in
            settings.dimensions.enumerated().map { index, dimension in
                DimensionFigures(dimension: dimension, stars: Array(accumulator.dimensionStars[(index * 5)..<(index * 5 + 5)]))
            }
        }
        result.thresholds = config.assessment.thresholds.map { threshold in
            ThresholdResult(threshold: threshold, departments: Rankings.belowThreshold(threshold, league: league))
        }
        result.rankings = config.rankings.enumerated().map { index, definition in
            RankingResult(definition: definition,
                          entries: Rankings.extraRanking(definition, tallies: accumulator.rankingTallies[index], registry: registry))
        }
        if registry.hasJoinedColumn {
            result.joined = JoinedFigures(departments: registry.departments, period: quarter.info)
        }
        return result
    }

    /// The results (quarters, then months) oldest first, each with the headline of the calendar
    /// period of its kind immediately before it, and of the same period a year earlier, when
    /// they are among them (else nil).
    public static func linkingPreviousPeriods(_ results: [PeriodResult]) -> [PeriodResult] {
        let ordered = results.sorted { $0.id < $1.id }
        let headlines = Dictionary(ordered.map { ($0.id, $0.headline) }, uniquingKeysWith: { first, _ in first })
        return ordered.map { result in
            var linked = result
            linked.previousHeadline = result.id.previous.flatMap { headlines[$0] }
            linked.yearEarlierHeadline = result.id.yearEarlier.flatMap { headlines[$0] }
            return linked
        }
    }
}
