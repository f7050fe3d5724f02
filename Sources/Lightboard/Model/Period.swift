/// A correction notice of quarter.yml.
public struct Correction: Hashable, Sendable {
    public var date: Day
    public var text: LocalizedText
    /// The published figures it changed, old and new, in file order (docs/archiving.md §6).
    public var changes: [FigureChange] = []
    /// Line of the correction in quarter.yml, where a correction that does not match the figures is reported.
    public var line: Int = 1
}

/// One published figure a correction changed: `figure` names it as `PublishedFigures` does
/// (`assessment.replied`, `departments.housing.rank`).
public struct FigureChange: Hashable, Sendable {
    public var figure: String
    public var old: FigureValue
    public var new: FigureValue
    public var line: Int = 1
}

/// A value of the open data as JSON text (`19729`, `72.4`, `null`, `"haishu"`, `["a","b"]`).
/// Numbers compare by value, so `72.40` written in quarter.yml equals the published `72.4`.
public struct FigureValue: Hashable, Sendable, CustomStringConvertible {
    public let json: String

    public init(json: String) { self.json = json }

    public static let null = FigureValue(json: "null")

    public var description: String { json }

    /// The exact value of a number; nil for anything else.
    private var number: Fraction? { FigureValue.isJSONNumber(json) ? Fraction(decimal: json) : nil }

    public static func == (left: FigureValue, right: FigureValue) -> Bool {
        if let leftNumber = left.number, let rightNumber = right.number { return leftNumber == rightNumber }
        return left.json == right.json
    }

    public func hash(into hasher: inout Hasher) {
        if let number { hasher.combine(number) } else { hasher.combine(json) }
    }

    /// `-?digits[.digits]`, as the open data writes a number (no exponent, no leading zeros).
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        let whole = bytes.prefix(while: isDigit)
        guard !whole.isEmpty, whole.count == 1 || whole.first != UInt8(ascii: "0") else { return false }
        let rest = bytes.dropFirst(whole.count)
        guard let point = rest.first else { return true }
        let decimals = rest.dropFirst()
        return point == UInt8(ascii: ".") && !decimals.isEmpty && decimals.allSatisfy(isDigit)
    }
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
    /// quarter.yml or month.yml as the user names it, where changed published figures are reported.
    public var infoPath: String = ""
}

extension PeriodInfo {
    /// The page anchor of each correction, in `corrections` order: `correction-YYYY-MM-DD`, then
    /// `-2`, `-3` for further corrections of the same day, numbered in file order. An anchor stays put
    /// when a correction of another day is added, or one of the same day is written below it; one written
    /// above it renumbers the day's corrections (the file order is all that tells them apart).
    public var correctionAnchors: [String] {
        var seen: [Day: Int] = [:]
        // `corrections` keeps the file order among equal dates.
        return corrections.map { correction in
            seen[correction.date, default: 0] += 1
            let count = seen[correction.date]!
            return "correction-\(correction.date)" + (count == 1 ? "" : "-\(count)")
        }
    }
}
