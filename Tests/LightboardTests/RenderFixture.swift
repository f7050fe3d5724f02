import Foundation
@testable import Lightboard

/// A small hand-made computed site: 2 quarters, 3 departments, hostile strings.
enum RenderFixture {
    static let templatesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates").path

    static let hostileTitle = "<script>alert(1)</script>"
    /// A red post that is not public: its title and URL must appear on no page.
    static let privateTitle = "王某家门牌号"
    static let privateURL = "https://board.example/post?id=private-3"
    static let hostileName = "\"><img onerror=x>"
    /// The reason of a penalty: press-office text about citizens and the press, escaped like theirs.
    static let hostileReason = "<b>答非所问</b> & \"层层转办\""

    static let board = NamedItem(id: "board", name: LocalizedText(["zh": "民生E点留言板", "en": "Livelihood E-Point message board"]))
    static let mailbox = NamedItem(id: "mailbox", name: LocalizedText(["zh": "书记市长信箱", "en": "Mayor's mailbox"]))
    static let inquiry = NamedItem(id: "inquiry", name: LocalizedText(["zh": "咨询", "en": "Inquiry"]))
    static let complaint = NamedItem(id: "complaint", name: LocalizedText(["zh": "投诉", "en": "Complaint"]))

    static let psb = Department(id: "psb", name: LocalizedText(["zh": "宁波市公安局", "en": "Ningbo Public Security Bureau"]), registryIndex: 0)
    static let housing = Department(id: "housing", name: LocalizedText(["zh": "住建局" + hostileName, "en": "Housing" + hostileName]), registryIndex: 1)
    /// No English name: falls back to Chinese, marked `lang="zh"`.
    static let commerce = Department(id: "commerce", name: LocalizedText(["zh": "宁波市商务局"]), registryIndex: 2)

    static let config = SiteConfig(
        title: LocalizedText(["zh": "宁波民生E点网络问政考评", "en": "Ningbo Online Response Ratings"]),
        baseURL: "https://ratings.example/",
        languages: ["zh", "en"],
        timeZone: TimeZone(identifier: "Asia/Shanghai")!,
        channels: [board, mailbox],
        categories: [inquiry, complaint],
        assessment: AssessmentRules(channels: ["board"], greenLimit: 3, yellowLimit: 5,
                                    weights: AssessmentRules.defaultWeights, complexIssuePoints: Fraction(1)),
        allowsUnsafeHTML: false,
        rankings: [mailboxRanking])

    /// Contract §9: an extra ranking (a page of 2024 Q3) and a sub-category of complaints.
    static let mailboxRanking = RankingDefinition(id: "mailbox-replies", title: LocalizedText(["zh": "信箱回复", "en": "Mailbox replies"]),
                                                  channels: ["mailbox"], measure: .replied, top: 10)
    static let noise = NamedItem(id: "noise", name: LocalizedText(["zh": "噪音" + hostileName, "en": "Noise" + hostileName]), parent: 1)

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func figures(_ department: Department, rank: Int, posts: Int, accepted: Int, replied: Int,
                        lights: LightCounts, score: Fraction, complexIssues: Int = 0) -> DepartmentFigures {
        DepartmentFigures(department: department, tally: Tally(posts: posts, accepted: accepted, replied: replied, lights: lights),
                          bonus: Fraction(1, 2), penalty: .zero, complexIssues: complexIssues, score: score, rank: rank,
                          // The parts of a fixture's score: the bonus, the complex issues and the rest as one rate term.
                          scoreBreakdown: ScoreBreakdown(
                              terms: [.init(weight: ScoreWeight(rate: .greenRate, weight: Fraction(100)), rate: nil,
                                            points: score - Fraction(1, 2) - Fraction(complexIssues))],
                              bonus: Fraction(1, 2), penalty: .zero, complexIssues: complexIssues,
                              complexIssuePoints: Fraction(complexIssues), total: score))
    }

    static let issue = ComplexIssue(
        slug: "issue-01",
        title: LocalizedText(["zh": "兆海苑北区地下室渗漏", "en": "Basement leakage in Yaohaiyuan"]),
        lead: "housing", partners: ["psb"],
        location: LocalizedText(["zh": "前湾新区"]),
        resolved: day("2024-09-12"),
        story: LocalizedMarkdown(["zh": "## 经过\n\n问题已**整改到位**。\n\n| 阶段 | 情况 |\n|---|---|\n| 现场核实 | 已完成 |\n"]))

    static var q2: PeriodResult {
        let league = [
            figures(psb, rank: 1, posts: 80, accepted: 80, replied: 80, lights: LightCounts(green: 80), score: Fraction(1001, 10)),
            figures(commerce, rank: 2, posts: 40, accepted: 40, replied: 38, lights: LightCounts(green: 30, yellow: 6, gray: 2, red: 2), score: Fraction(8875, 100)),
            figures(housing, rank: 3, posts: 100, accepted: 99, replied: 95, lights: LightCounts(green: 60, yellow: 20, gray: 15, red: 4), score: Fraction(7512, 100)),
        ]
        let assessed = Tally(posts: 220, accepted: 219, replied: 213, lights: LightCounts(green: 170, yellow: 26, gray: 17, red: 6))
        return PeriodResult(
            info: PeriodInfo(id: PeriodID(year: 2024, quarter: 2)!, asOf: day("2024-08-19"), published: day("2024-08-26"),
                              corrections: [Correction(date: day("2024-09-02"), text: LocalizedText(["zh": "更正：一条留言的回复时间有误。"]))]),
            channels: [ChannelFigures(channel: board, tally: assessed, publicPosts: 210),
                       ChannelFigures(channel: mailbox, tally: Tally(posts: 12, accepted: 12, replied: 11), publicPosts: 0)],
            assessedChannels: ["board"],
            headline: HeadlineFigures(assessed: assessed, departments: 3, departmentsAllGreen: 1, departmentsNoRed: 1, complexIssues: 0),
            previousHeadline: nil,
            categories: [CategoryCount(category: inquiry, posts: 120), CategoryCount(category: complaint, posts: 100)],
            league: league, greenList: [league[0]], redList: [league[2], league[1]],
            redPosts: ["housing": [RedPost(id: "q2-1", department: "housing", isPublic: true, title: "小区路灯不亮", url: nil,
                                           postedAt: Timestamp(instant: 1_719_800_000, localDay: day("2024-07-01")), workingDaysWaiting: 1)]],
            complexIssues: [], complexIssueLeaders: [], adjustments: [], narrative: LocalizedMarkdown())
    }

    static var q3: PeriodResult {
        let league = [
            figures(housing, rank: 1, posts: 20000, accepted: 19980, replied: 19600,
                    lights: LightCounts(green: 14500, yellow: 3000, gray: 2040, red: 440), score: Fraction(9876, 100), complexIssues: 1),
            figures(psb, rank: 2, posts: 180, accepted: 180, replied: 129, lights: LightCounts(green: 102, yellow: 20, gray: 55, red: 3), score: Fraction(-5, 4)),
        ]
        let assessed = Tally(posts: 20180, accepted: 20160, replied: 19729, lights: LightCounts(green: 14602, yellow: 3020, gray: 2095, red: 443))
        return PeriodResult(
            info: PeriodInfo(id: PeriodID(year: 2024, quarter: 3)!, asOf: day("2024-11-18"), published: day("2024-11-25"), corrections: []),
            channels: [ChannelFigures(channel: board, tally: assessed, publicPosts: 20180),
                       ChannelFigures(channel: mailbox, tally: Tally(posts: 35, accepted: 30, replied: 28), publicPosts: 0)],
            assessedChannels: ["board"],
            headline: HeadlineFigures(assessed: assessed, departments: 2, departmentsAllGreen: 0, departmentsNoRed: 0, complexIssues: 1),
            previousHeadline: q2.headline,
            // Below the line, the mailbox ranking and sign-up (contract §9–§10).
            thresholds: [ThresholdResult(threshold: Threshold(rate: .replyRate, value: Fraction(92)), departments: [league[1]]),
                         ThresholdResult(threshold: Threshold(rate: .acceptanceRate, value: Fraction(1, 2)), departments: [])],
            rankings: [RankingResult(definition: mailboxRanking, entries: [
                RankingEntry(department: psb, rank: 1, posts: 20, value: Fraction(19)),
                RankingEntry(department: housing, rank: 2, posts: 15, value: Fraction(9)),
            ])],
            joined: JoinedFigures(total: 3, inPeriod: [housing, commerce]),
            categories: [CategoryCount(category: inquiry, posts: 9000), CategoryCount(category: complaint, posts: 11180),
                         CategoryCount(category: noise, posts: 4000, parent: complaint)],
            league: league, greenList: [], redList: league,
            redPosts: ["housing": [RedPost(id: "q3-1", department: "housing", isPublic: true, title: hostileTitle, url: "https://board.example/post?id=1&x=2",
                                           postedAt: Timestamp(instant: 1_727_000_000, localDay: day("2024-09-22")), workingDaysWaiting: 35)],
                       "psb": [RedPost(id: "q3-2", department: "psb", isPublic: true, title: "", url: nil,
                                       postedAt: Timestamp(instant: 1_727_100_000, localDay: day("2024-09-23")), workingDaysWaiting: 34),
                               RedPost(id: "q3-3", department: "psb", isPublic: false, title: privateTitle, url: privateURL,
                                       postedAt: Timestamp(instant: 1_727_200_000, localDay: day("2024-09-24")), workingDaysWaiting: 33)]],
            complexIssues: [issue],
            complexIssueLeaders: [ComplexIssueLeader(department: housing, issues: 1)],
            // In `Rankings.adjustments` order; commerce is outside the league (no effect), with a source of its own.
            adjustments: [
                Adjustment(department: "commerce", date: day("2024-07-01"), kind: .penalty, points: Fraction(1, 4),
                           reason: "", source: "督查室", line: 3),
                Adjustment(department: "housing", date: day("2024-07-02"), kind: .bonus, points: Fraction(1, 2),
                           reason: "网民点赞", source: "netizen", line: 2),
                Adjustment(department: "housing", date: day("2024-08-20"), kind: .penalty, points: Fraction(3, 2),
                           reason: hostileReason, source: "media", line: 4),
            ],
            narrative: LocalizedMarkdown(["zh": "# 情况通报\n\n本季度共收到留言**20,180**条。", "en": "# Summary\n\nThis quarter: **20,180** posts."]))
    }

    static let eReading = EReadingMonth(
        year: 2024, month: 7,
        title: LocalizedText(["zh": "2024年7月市政府重点工作", "en": "Key work, July 2024"]),
        officials: [Official(name: LocalizedText(["zh": "常务副市长", "en": "Executive Vice Mayor"]), role: LocalizedText(["zh": "经济运行"]))],
        hits: 10841, opinions: 19, handledWithinDays: 5,
        feedback: [FeedbackChannel(kind: "email", value: "mayor@ningbo.example"), FeedbackChannel(kind: "phone", value: "0574-12345")],
        body: LocalizedMarkdown(["zh": "本月重点工作如下。"]))

    static let about = FreePage(slug: "about", title: LocalizedText(["zh": "关于", "en": "About"]),
                                body: LocalizedMarkdown(["zh": "关于本网站。", "en": "About this site."]))

    static func site(quarters: [PeriodResult]) -> ComputedSite {
        ComputedSite(
            content: SiteContent(contentDirectory: "Content", config: config, registry: DepartmentRegistry([psb, housing, commerce]),
                                 calendar: WorkingCalendar(), periods: [], eReading: [eReading], pages: [about]),
            periods: quarters)
    }

    static var fullSite: ComputedSite { site(quarters: [q2, q3]) }

    /// `period`'s figures as the month `id`, with its own dates.
    static func month(_ period: PeriodResult, _ id: String, asOf: String, published: String, previous: PeriodResult?) -> PeriodResult {
        var month = period
        month.info = PeriodInfo(id: PeriodID(id)!, asOf: day(asOf), published: day(published), corrections: period.info.corrections)
        month.previousHeadline = previous?.headline
        return month
    }

    /// April and May 2019 (May with the figures of 2024 Q3, its complex issue and red posts), beside both quarters.
    static var april: PeriodResult { month(q2, "2019-04", asOf: "2019-05-10", published: "2019-05-15", previous: nil) }
    /// May compares with May 2018 (year over year), which had the figures of 2024 Q2.
    static var may: PeriodResult {
        var may = month(q3, "2019-05", asOf: "2019-06-10", published: "2019-06-15", previous: april)
        may.yearEarlierHeadline = q2.headline
        // Settled and rated (contract §7, §8): 19,000 of 20,160 settled, 9,000 within 1 working day, 17,000 within 3.
        may.hasSettlement = true
        may.headline.assessed.settled = 19000
        may.headline.assessed.settledWithin = [9000, 17000]
        may.headline.assessed.rated = 100
        may.headline.assessed.satisfied = 94
        may.satisfaction = [DimensionFigures(dimension: speed, stars: [1, 2, 3, 40, 54])]
        may.league[0].tally.settled = 18000
        may.league[0].tally.rated = 90
        may.league[0].tally.satisfied = 85
        return may
    }
    static let speed = NamedItem(id: "speed", name: LocalizedText(["zh": "处置速度", "en": "Speed of handling"]))
    static var monthlySite: ComputedSite {
        var site = site(quarters: [q2, q3, april, may])
        site.content.config.satisfaction = SatisfactionSettings(dimensions: [speed], satisfiedFrom: Fraction(4))
        return site
    }
}
