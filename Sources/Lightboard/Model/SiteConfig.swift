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

/// Where the built site's absolute links (feeds, sitemap, canonical links, the 404 page) point.
public enum BaseURLChoice: Sendable, Hashable {
    /// site.yml's base_url.
    case siteFile
    /// `--base-url` (a staging copy): replaces site.yml's, checked first with `SiteConfig.problem(withBaseURL:)`.
    case replaced(String)
    /// The preview: site.yml's path on another origin, such as `http://127.0.0.1:8000`.
    case origin(String)

    /// The base URL to build with, given site.yml's (valid) one.
    public func apply(to siteFileURL: String) -> String {
        switch self {
        case .siteFile: return siteFileURL
        case .replaced(let url): return url
        case .origin(let origin):
            let path = URLComponents(string: siteFileURL)?.percentEncodedPath ?? "/"
            return origin + (path.hasPrefix("/") ? path : "/" + path)
        }
    }
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

    public var defaultLanguage: String { languages[0] }

    /// Why `text` cannot be a base_url (site.yml's or `--base-url`'s), with a hint; nil when it can:
    /// an absolute http(s) URL with a host, ending with `/`.
    public static func problem(withBaseURL text: String) -> (message: String, hint: String)? {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
              let url = URL(string: text), let host = url.host, !host.isEmpty else {
            return ("base_url \"\(text)\" is not an absolute http(s) URL", "e.g. https://example.org/ratings/")
        }
        guard text.hasSuffix("/") else { return ("base_url \"\(text)\" does not end with \"/\"", "write \"\(text)/\"") }
        return nil
    }
}
