/// Turns validated content and the accumulated posts into the computed quarters.
///
/// Two steps, so that the posts of each quarter can be streamed into its own
/// `PeriodAccumulator` independently (in parallel if wished):
/// 1. `quarterResult` computes one quarter from its accumulator alone;
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
            return quarterResult(quarter, accumulator: accumulator, content: content)
        }
        return ComputedSite(content: content, periods: linkingPreviousPeriods(results))
    }

    /// One quarter's figures, with `previousHeadline` left nil.
    public static func quarterResult(_ quarter: PeriodContent, accumulator: PeriodAccumulator,
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
            return DepartmentFigures(
                department: department, tally: tally, bonus: bonus[index], penalty: penalty[index],
                complexIssues: issuesLed[index],
                score: RatingRules.score(tally: tally, assessment: config.assessment, bonus: bonus[index],
                                         penalty: penalty[index], complexIssues: issuesLed[index]),
                rank: 0)
        }
        let league = Rankings.league(candidates)
        let greenList = Rankings.greenList(league)

        let channels = config.channels.enumerated().map { index, channel in
            ChannelFigures(channel: channel, tally: accumulator.channelTallies[index],
                           publicPosts: accumulator.publicPosts[index])
        }
        let categories = config.categories.enumerated().map { index, category in
            CategoryCount(category: category, posts: accumulator.categoryPosts[index])
        }
        let redPosts = Dictionary(grouping: accumulator.redPosts, by: \.department).mapValues { posts in
            posts.sorted { $0.postedAt != $1.postedAt ? $0.postedAt < $1.postedAt : $0.id < $1.id }
        }
        let headline = HeadlineFigures(
            assessed: accumulator.assessed, departments: league.count, departmentsAllGreen: greenList.count,
            departmentsNoRed: league.count(where: \.tally.hasNoRed), complexIssues: quarter.complexIssues.count)

        return PeriodResult(
            info: quarter.info, channels: channels, assessedChannels: config.assessment.channels,
            headline: headline, previousHeadline: nil, categories: categories, league: league,
            greenList: greenList, redList: Rankings.redList(league), redPosts: redPosts,
            complexIssues: quarter.complexIssues, complexIssueLeaders: leaders,
            adjustments: quarter.adjustments, narrative: quarter.narrative)
    }

    /// The results oldest first, each with the headline of the calendar quarter
    /// immediately before it when that quarter is among them (else nil).
    public static func linkingPreviousPeriods(_ results: [PeriodResult]) -> [PeriodResult] {
        let ordered = results.sorted { $0.id < $1.id }
        let headlines = Dictionary(ordered.map { ($0.id, $0.headline) }, uniquingKeysWith: { first, _ in first })
        return ordered.map { result in
            var linked = result
            linked.previousHeadline = result.id.previous.flatMap { headlines[$0] }
            return linked
        }
    }
}
