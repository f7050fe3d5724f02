import Foundation

/// A channel, a category or a satisfaction dimension: an id from posts.csv and its display name.
public struct NamedItem: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    /// A sub-category's class (contract §9): the index of another category, which has no parent itself.
    public var parent: Int? = nil
}

/// The rates a score weight, a threshold or a ranking may apply to (site.yml
/// `assessment.score.weights`, `assessment.thresholds`, `rankings[].by`).
public enum RateKind: String, CaseIterable, Hashable, Sendable {
    case acceptanceRate = "acceptance_rate"
    case replyRate = "reply_rate"
    case greenRate = "green_rate"
    case yellowRate = "yellow_rate"
    case grayRate = "gray_rate"
    case redRate = "red_rate"
    /// settled / accepted (contract §7).
    case settleRate = "settle_rate"
    /// satisfied / rated (contract §8).
    case satisfactionRate = "satisfaction_rate"
}

/// `assessment.thresholds` (contract §9): departments whose exact rate is below `value` are named.
public struct Threshold: Hashable, Sendable {
    public var rate: RateKind
    public var value: Fraction
}

/// `satisfaction:` in site.yml (contract §8).
public struct SatisfactionSettings: Hashable, Sendable {
    /// 1 to 8 dimensions, each rated 1 to 5 stars, in site.yml order.
    public var dimensions: [NamedItem]
    /// A rated post is satisfied when its mean rating is at least this (default 4).
    public var satisfiedFrom: Fraction

    public static let maximumDimensions = 8
    public static let defaultSatisfiedFrom = Fraction(4)
}

/// What an extra ranking orders by (`rankings[].by`, contract §9).
public enum RankingMeasure: Hashable, Sendable {
    case posts, accepted, replied, green, settled, satisfied
    case rate(RateKind)

    public init?(key: String) {
        switch key {
        case "posts": self = .posts
        case "accepted": self = .accepted
        case "replied": self = .replied
        case "green": self = .green
        case "settled": self = .settled
        case "satisfied": self = .satisfied
        default:
            guard let rate = RateKind(rawValue: key) else { return nil }
            self = .rate(rate)
        }
    }

    public static let keys = ["posts", "accepted", "replied", "green"] + RateKind.allCases.map(\.rawValue) + ["settled", "satisfied"]
}

/// An entry of `rankings:` in site.yml (contract §9).
public struct RankingDefinition: Hashable, Sendable {
    /// `[a-z0-9][a-z0-9-]*`: the name of `data/SLUG/rankings/ID.json`.
    public var id: String
    public var title: LocalizedText
    /// Channel ids, in site.yml `channels` order.
    public var channels: [String]
    public var measure: RankingMeasure
    /// Keeps the first n; nil keeps all.
    public var top: Int?
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
    /// Working-day limits of settlement reported (contract §7): positive, ascending.
    public var settleWithin: [Int] = AssessmentRules.defaultSettleWithin
    /// In the order written; empty without `assessment.thresholds`.
    public var thresholds: [Threshold] = []

    public static let defaultSettleWithin = [1, 3]

    public static let defaultWeights = [
        ScoreWeight(rate: .acceptanceRate, weight: Fraction(20)),
        ScoreWeight(rate: .replyRate, weight: Fraction(30)),
        ScoreWeight(rate: .greenRate, weight: Fraction(50)),
    ]

    /// The contract's defaults, for a site.yml without `assessment` (or without some of its keys):
    /// every channel assessed, lights {green: 3, yellow: 5}, the default weights, 1 point per complex issue.
    public static func defaults(channels: [String]) -> AssessmentRules {
        AssessmentRules(channels: channels, greenLimit: 3, yellowLimit: 5, weights: defaultWeights, complexIssuePoints: Fraction(1))
    }
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
    /// nil without `satisfaction:` in site.yml.
    public var satisfaction: SatisfactionSettings? = nil
    /// Extra rankings besides the league, in site.yml order.
    public var rankings: [RankingDefinition] = []
    /// `license:` in site.yml, the open data's licence for `datapackage.json` (optional).
    public var license: OpenDataLicense? = nil
    /// `department_groups:` in site.yml, the groups of the departments page in their order
    /// (departments.csv `group` names one by id); empty without the key.
    public var departmentGroups: [NamedItem] = []
    /// `open_data:` in site.yml: which optional open-data files are published.
    public var openData = OpenDataOptions()
    /// `redirects:` in site.yml: old page paths that keep working (docs/archiving.md §7), in file order.
    public var redirects: [Redirect] = []
    /// `corrections_required: true` in site.yml: a changed published figure without its correction, or a correction
    /// dated on or before `published`, fails the build (docs/archiving.md §6); without it, each is a warning (v1 input).
    public var correctionsRequired = false

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

/// The licence of the open data, as a Frictionless Data Package names it:
/// an Open Definition id (`CC-BY-4.0`), a URL, or both, and a title.
public struct OpenDataLicense: Hashable, Sendable {
    public var name: String?
    public var path: String?
    public var title: String?
}

/// `open_data: {posts: true}` in site.yml: the optional open data, off unless switched on.
public struct OpenDataOptions: Hashable, Sendable {
    /// `data/SLUG/posts.csv`, the desensitised post-level data of each period.
    public var posts = false

    public init(posts: Bool = false) { self.posts = posts }
}

/// One entry of site.yml's `redirects`: a page that moved. Both are file paths from the site
/// root (`zh/2024-q3/complex/old/index.html`), as the manifest lists them.
public struct Redirect: Hashable, Sendable {
    public var from: String
    public var to: String
    /// site.yml as the user names it, and the entry's line, where a bad entry is reported.
    public var file: String
    public var line: Int

    /// The file of a page path as site.yml writes it: `zh/old/` or `/zh/old/` is `zh/old/index.html`,
    /// `zh/old.html` stays; nil for anything else (a full URL, a query, `..`, a control character, no trailing `/`).
    public static func filePath(_ text: String) -> String? {
        var path = Substring(text)
        if path.hasPrefix("/") { path = path.dropFirst() }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        // A control character (a tab, a line break) can name no file the manifest lists plainly.
        guard path.hasSuffix(".html"), !path.contains(where: { "?#\\:\"<> ".contains($0) }),
              !path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }),
              !segments.contains(where: { $0.isEmpty || $0.hasPrefix(".") }) else { return nil }
        return String(path)
    }
}
