import Foundation

/// A channel or a category: an id from posts.csv and its display name.
public struct NamedItem: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
}

/// The rates a score weight may apply to (site.yml `assessment.score.weights`).
public enum RateKind: String, CaseIterable, Hashable, Sendable {
    case acceptanceRate = "acceptance_rate"
    case replyRate = "reply_rate"
    case greenRate = "green_rate"
    case yellowRate = "yellow_rate"
    case grayRate = "gray_rate"
    case redRate = "red_rate"
}

public struct ScoreWeight: Hashable, Sendable {
    public var rate: RateKind
    public var weight: Fraction
}

/// `assessment:` in site.yml, with the contract's defaults filled in.
public struct AssessmentRules: Hashable, Sendable {
    /// Channel ids counted for lights, rates, league, green and red lists.
    public var channels: [String]
    /// Working-day limits, inclusive.
    public var greenLimit: Int
    public var yellowLimit: Int
    /// In site.yml order.
    public var weights: [ScoreWeight]
    public var complexIssuePoints: Fraction

    public static let defaultWeights = [
        ScoreWeight(rate: .acceptanceRate, weight: Fraction(20)),
        ScoreWeight(rate: .replyRate, weight: Fraction(30)),
        ScoreWeight(rate: .greenRate, weight: Fraction(50)),
    ]
}

/// Validated `site.yml`.
public struct SiteConfig: Sendable {
    public var title: LocalizedText
    /// Absolute, ends with `/`.
    public var baseURL: String
    /// First is the default language.
    public var languages: [String]
    public var timeZone: TimeZone
    public var channels: [NamedItem]
    public var categories: [NamedItem]
    public var assessment: AssessmentRules
    public var allowsUnsafeHTML: Bool
    /// `license:` in site.yml, the open data's licence for `datapackage.json` (optional).
    public var license: OpenDataLicense? = nil

    public var defaultLanguage: String { languages[0] }
}

/// The licence of the open data, as a Frictionless Data Package names it:
/// an Open Definition id (`CC-BY-4.0`), a URL, or both, and a title.
public struct OpenDataLicense: Hashable, Sendable {
    public var name: String?
    public var path: String?
    public var title: String?
}
