import Foundation
@testable import Lightboard

/// Hand-made model values for the Compute and OpenData tests.
enum ComputeFixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Mainland China 2024 around the autumn holidays.
    static let calendar = WorkingCalendar(
        years: [2024, 2025],
        holidays: Set(["2024-09-15", "2024-09-16", "2024-09-17", "2024-10-01", "2024-10-02", "2024-10-03",
                       "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07"].map(day)),
        workdays: Set(["2024-09-14", "2024-09-29", "2024-10-12"].map(day)))

    static func registry(_ names: [(id: String, name: String)]) -> DepartmentRegistry {
        DepartmentRegistry(names.enumerated().map { index, entry in
            Department(id: entry.id, name: LocalizedText(["zh": entry.name]), registryIndex: index)
        })
    }

    static let threeDepartments = registry([("psb", "公安局"), ("housing", "住建局"), ("commerce", "商务局")])

    static func item(_ id: String) -> NamedItem { NamedItem(id: id, name: LocalizedText(id, language: "zh")) }

    static func config(weights: [ScoreWeight] = AssessmentRules.defaultWeights, complexIssuePoints: Fraction = Fraction(1),
                       categories: [String] = ["inquiry", "complaint", "suggestion"]) -> SiteConfig {
        SiteConfig(
            title: LocalizedText(["zh": "问政考评", "en": "Ratings"]), baseURL: "https://example.org/ratings/",
            languages: ["zh", "en"], timeZone: TimeZone(identifier: "Asia/Shanghai")!,
            channels: [item("board"), item("mailbox")], categories: categories.map(item),
            assessment: AssessmentRules(channels: ["board"], greenLimit: 3, yellowLimit: 5, weights: weights,
                                        complexIssuePoints: complexIssuePoints),
            allowsUnsafeHTML: false)
    }

    static func quarter(_ id: String, asOf: String) -> PeriodInfo {
        PeriodInfo(id: PeriodID(id)!, asOf: day(asOf), published: day(asOf).adding(days: 7), corrections: [])
    }

    static let q3 = quarter("2024-Q3", asOf: "2024-10-15")

    /// 09:00 in Asia/Shanghai on that date.
    static func at(_ iso: String) -> Timestamp {
        Timestamp(instant: Int64(day(iso).ordinal) * 86_400 + 3_600, localDay: day(iso))
    }

    /// A post with its text, as `PostsValidator` hands them to the accumulator.
    struct TextedPost {
        var post: Post
        var text: PostText
    }

    static func post(_ id: String = "p", channel: Int = 0, department: Int = 0, category: Int = 0, posted: String = "2024-07-01",
                     accepted: String? = "2024-07-01", replied: String?, isPublic: Bool = true, title: String = "") -> TextedPost {
        TextedPost(post: Post(channel: channel, department: department, category: category, postedAt: at(posted),
                              acceptedAt: accepted.map(at), repliedAt: replied.map(at), isPublic: isPublic, line: 2),
                   text: PostText(id: id, title: title, url: nil))
    }

    static func rules(_ config: SiteConfig = config(), quarter: PeriodInfo = q3) -> RatingRules {
        RatingRules(assessment: config.assessment, satisfaction: config.satisfaction, quarter: quarter, calendar: calendar)
    }

    static func accumulate(_ posts: [TextedPost], config: SiteConfig = config(), registry: DepartmentRegistry = threeDepartments,
                           quarter: PeriodInfo = q3) -> PeriodAccumulator {
        var accumulator = PeriodAccumulator(config: config, registry: registry, info: quarter, calendar: calendar)
        for post in posts { accumulator.add(post.post, text: post.text) }
        return accumulator
    }

    static func quarterContent(_ info: PeriodInfo, adjustments: [Adjustment] = [], issueLeads: [String] = []) -> PeriodContent {
        PeriodContent(
            info: info, postsPath: "Content/quarters/\(info.id)/posts.csv", adjustments: adjustments,
            complexIssues: issueLeads.enumerated().map { index, lead in
                ComplexIssue(slug: "issue-\(index)", title: LocalizedText("issue", language: "zh"), lead: lead, partners: [],
                             location: nil, resolved: info.id.firstDay, story: LocalizedMarkdown())
            },
            narrative: LocalizedMarkdown())
    }

    static func adjustment(_ department: String, _ kind: Adjustment.Kind, _ points: String) -> Adjustment {
        Adjustment(department: department, date: day("2024-07-01"), kind: kind, points: Fraction(decimal: points)!,
                   reason: "reason", source: "media", line: 2)
    }

    static func content(_ quarters: [PeriodContent], config: SiteConfig = config(),
                        registry: DepartmentRegistry = threeDepartments) -> SiteContent {
        SiteContent(contentDirectory: "Content", config: config, registry: registry, calendar: calendar,
                    periods: quarters, eReading: [], pages: [])
    }

    /// Figures of a league candidate, for the ranking tests.
    static func figures(_ registryIndex: Int, posts: Int = 1, accepted: Int = 0, green: Int = 0, red: Int = 0,
                        score: Fraction = .zero) -> DepartmentFigures {
        DepartmentFigures(
            department: Department(id: "d\(registryIndex)", name: LocalizedText("d", language: "zh"), registryIndex: registryIndex),
            tally: Tally(posts: posts, accepted: accepted, replied: green, lights: LightCounts(green: green, red: red)),
            bonus: .zero, penalty: .zero, complexIssues: 0, score: score, rank: 0,
            scoreBreakdown: ScoreBreakdown(terms: [], bonus: .zero, penalty: .zero, complexIssues: 0, complexIssuePoints: .zero, total: score))
    }
}
