import Yams

/// The Load stage's output: every file of the content folder that the layout names, read and
/// parsed but not judged (no key, id, date or reference is checked here), each with the
/// locations its problems are reported at. A file Load could not read is nil: Load has reported
/// why. posts.csv / posts.xlsx are only named: they are opened as a stream by the pipeline.
struct RawContent: Sendable {
    /// The content folder as the user named it, without a trailing slash; the prefix of every path in diagnostics.
    var directory: String
    var site: RawYAML?
    /// departments.csv or departments.xlsx; nil when missing or unreadable.
    var departments: RawTable?
    /// calendar/YYYY.yml by year, in file-name order.
    var calendar: [(year: Int, file: RawYAML?)]
    /// quarters/*/ oldest first, then months/*/ oldest first.
    var periods: [RawPeriod]
    var eReading: [RawMarkdownGroup]
    var pages: [RawMarkdownGroup]
}

/// A parsed YAML document (a file, or a Markdown file's front matter).
/// Unchecked: Yams' `Node` is not declared Sendable (its `Tag` is a class, whose name Yams
/// resolves the first time it is read, a write). Safe as used: each document is read by one
/// worker at a time, handed over by `concurrentMap` (site.yml before the periods, each period's
/// files by that period's worker); a document read from two threads at once would need its tags
/// resolved first.
struct RawYAML: @unchecked Sendable {
    /// As diagnostics name it (content folder + relative path).
    var file: String
    /// Lines of the file before the YAML text (the opening `---` of front matter).
    var lineOffset: Int
    var root: Node
}

/// A Markdown file split into its front matter (nil without one) and its body.
struct RawMarkdown: Sendable {
    var file: String
    var frontMatter: RawYAML?
    var body: String
    var bodyOrigin: MarkdownOrigin
}

/// A file that Validate uses only if site.yml says so (a translation in one of its languages,
/// a narrative when it has languages): read like every file, but its reading problems are
/// reported by Validate when it uses the file, so that an unused file stays unreported as it was
/// before Load and Validate were split (when such a file was never opened).
struct DeferredRead<Value: Sendable>: Sendable {
    /// nil when the file could not be read.
    var value: Value?
    var readingProblems: DiagnosticBag
}

/// `NAME.md` and the `NAME.LANG.md` beside it, whatever LANG is (the site's languages are Validate's).
struct RawMarkdownGroup: Sendable {
    var name: String
    /// `NAME.md` and its file; nil when the folder has only translations of NAME.
    var defaultFile: (file: String, document: RawMarkdown?)?
    var translations: [(language: String, file: String, document: DeferredRead<RawMarkdown>)]
}

/// The records of a small table file (departments, adjustments), all read.
struct RawTable: Sendable {
    /// As diagnostics name it.
    var file: String
    var header: [String]
    var location: TableLocation
    var records: [CSVRecord]
    /// Problems of the file itself met while reading the records (a CSV row's field count, a
    /// cell right of the header). Reported by whoever uses the records, after them, as for a
    /// streamed table: a table whose header is unusable has its rows neither used nor reported.
    var readingProblems: DiagnosticBag
}

/// A period's folder.
struct RawPeriod: Sendable {
    var id: PeriodID
    /// Relative path, e.g. `quarters/2024-Q3`.
    var folder: String
    /// quarter.yml or month.yml, nil when missing or unreadable.
    var info: RawYAML?
    var infoPath: String
    /// posts.csv or posts.xlsx as diagnostics name it (and as it is opened); reported when missing.
    var postsPath: String
    var adjustments: RawTable?
    var complexIssues: [RawMarkdownGroup]
    /// narrative.md's text, nil when absent.
    var narrative: DeferredRead<String>?
    /// narrative.LANG.md for every LANG found: its file and text.
    var translatedNarratives: [(language: String, file: String, text: DeferredRead<String>)]
}
