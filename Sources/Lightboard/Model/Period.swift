/// A correction notice of quarter.yml.
public struct Correction: Hashable, Sendable {
    public var date: Day
    public var text: LocalizedText
}

/// Validated quarter.yml.
public struct PeriodInfo: Hashable, Sendable {
    public var id: PeriodID
    /// Status of every post is taken as of the end of this day.
    public var asOf: Day
    public var published: Day
    /// Newest first (sorted by date descending, file order among equal dates).
    public var corrections: [Correction]
}

/// A row of adjustments.csv.
public struct Adjustment: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case bonus, penalty }
    public var department: String
    public var date: Day
    public var kind: Kind
    /// Positive.
    public var points: Fraction
    public var reason: String
    public var source: String
    public var line: Int
}

/// Markdown source per language: `NAME.md` (default language) and `NAME.LANG.md`.
public struct LocalizedMarkdown: Hashable, Sendable {
    public var sources: [String: String]

    public init(_ sources: [String: String] = [:]) { self.sources = sources }

    /// The Markdown for `language`, falling back to the default language.
    public func resolved(in language: String, defaultLanguage: String) -> (markdown: String, language: String)? {
        if let text = sources[language] { return (text, language) }
        if let text = sources[defaultLanguage] { return (text, defaultLanguage) }
        return nil
    }
}

/// complex-issues/SLUG.md
public struct ComplexIssue: Hashable, Sendable {
    public var slug: String
    public var title: LocalizedText
    public var lead: String
    public var partners: [String]
    public var location: LocalizedText?
    public var resolved: Day
    public var story: LocalizedMarkdown
}

/// Everything of one quarter except its posts, which are streamed.
public struct PeriodContent: Sendable {
    public var info: PeriodInfo
    /// Path of posts.csv (read as a stream by the computation).
    public var postsPath: String
    public var adjustments: [Adjustment]
    /// Sorted by slug.
    public var complexIssues: [ComplexIssue]
    public var narrative: LocalizedMarkdown
    /// Line of `as_of` in quarter.yml, where a missing calendar year is reported.
    public var asOfLine: Int = 1
}
