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
    /// Where each language's text was read, for errors about it (`{{figure NAME}}`, docs/content.md).
    /// Not part of the value: two texts are equal when they read the same.
    public var origins: [String: MarkdownOrigin] = [:]

    public init(_ sources: [String: String] = [:]) { self.sources = sources }

    /// Adds the text of `language`, read from `origin`.
    public mutating func add(_ text: String, language: String, origin: MarkdownOrigin) {
        sources[language] = text
        origins[language] = origin
    }

    public static func == (left: LocalizedMarkdown, right: LocalizedMarkdown) -> Bool { left.sources == right.sources }
    public func hash(into hasher: inout Hasher) { hasher.combine(sources) }

    /// The Markdown for `language`, falling back to the default language.
    public func resolved(in language: String, defaultLanguage: String) -> (markdown: String, language: String)? {
        if let text = sources[language] { return (text, language) }
        if let text = sources[defaultLanguage] { return (text, defaultLanguage) }
        return nil
    }
}

/// The file a Markdown text was read from and the file line its first line is on.
public struct MarkdownOrigin: Hashable, Sendable {
    /// As the user named it (content folder + relative path).
    public var file: String
    public var firstLine: Int

    public init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
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
