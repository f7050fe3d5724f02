import Foundation

/// The Validate stage for posts: streams a quarter's posts.csv, validating
/// each row into a `Post`, without keeping the posts in memory.
public enum PostsReader {
    static let requiredColumns = ["id", "channel", "department", "category", "posted_at"]
    static let optionalColumns = ["accepted_at", "replied_at", "public", "title", "url"]
    static let timestampHint = "expected YYYY-MM-DDTHH:MM[:SS], optionally followed by Z or ±HH:MM"

    /// Hands every valid row of `quarter`'s posts.csv to `body`, in file order, and
    /// reports every invalid one (rows with errors are not passed on). Afterwards
    /// checks that the calendar covers every year from the first posting date
    /// through as_of. A missing posts.csv is left to `ContentLoader` to report.
    ///
    /// - Parameter displayPath: the path of posts.csv in diagnostics; quarter.yml
    ///   is reported next to it.
    public static func read(_ quarter: QuarterContent, config: SiteConfig, registry: DepartmentRegistry,
                            calendar: WorkingCalendar, displayPath: String, diagnostics: inout DiagnosticBag,
                            _ body: (Post) -> Void) {
        guard FileManager.default.fileExists(atPath: quarter.postsPath) else { return }
        var reader: CSVReader
        do {
            reader = try CSVReader(path: quarter.postsPath, displayPath: displayPath)
        } catch {
            diagnostics.report(error)
            return
        }
        guard let columns = CSVColumns(header: reader.header, required: requiredColumns, optional: optionalColumns,
                                       file: displayPath, diagnostics: &diagnostics) else { return }
        var rows = RowValidator(quarter: quarter, config: config, registry: registry, columns: columns, file: displayPath)
        while let record = reader.next() {
            if let post = rows.validate(record, diagnostics: &diagnostics) { body(post) }
        }
        reader.diagnostics.forEach { diagnostics.report($0) }

        guard let firstDay = rows.firstPostingDay else { return }
        let quarterFile = (displayPath as NSString).deletingLastPathComponent + "/quarter.yml"
        for year in firstDay.year...max(firstDay.year, quarter.info.asOf.year) where !calendar.years.contains(year) {
            diagnostics.report(file: quarterFile, line: quarter.asOfLine, "no working-day calendar for \(year)",
                               hint: "add calendar/\(year).yml")
        }
    }
}

/// Checks the rows of one posts.csv; remembers ids for duplicate detection.
private struct RowValidator {
    let quarter: QuarterContent
    let file: String
    let channels: [String: Int]
    let channelIDs: [String]
    let categories: [String: Int]
    let categoryIDs: [String]
    let registry: DepartmentRegistry
    let departmentIDs: [String]
    let timeZoneName: String
    var timestamps: TimestampParser
    var lineByID: [String: Int] = [:]
    var firstPostingDay: Day?
    let id, channel, department, category, postedAt: Int
    let acceptedAt, repliedAt, isPublic, title, url: Int?

    init(quarter: QuarterContent, config: SiteConfig, registry: DepartmentRegistry, columns: CSVColumns, file: String) {
        self.quarter = quarter
        self.file = file
        self.registry = registry
        departmentIDs = registry.departments.map(\.id)
        channelIDs = config.channels.map(\.id)
        categoryIDs = config.categories.map(\.id)
        channels = Dictionary(channelIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        categories = Dictionary(categoryIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        timeZoneName = config.timeZone.identifier
        timestamps = TimestampParser(timeZone: config.timeZone)
        (id, channel, department, category, postedAt) =
            (columns["id"]!, columns["channel"]!, columns["department"]!, columns["category"]!, columns["posted_at"]!)
        (acceptedAt, repliedAt, isPublic, title, url) =
            (columns["accepted_at"], columns["replied_at"], columns["public"], columns["title"], columns["url"])
    }

    mutating func validate(_ record: CSVRecord, diagnostics: inout DiagnosticBag) -> Post? {
        let line = record.line, file = file
        var valid = true
        func report(_ message: String, hint: String? = nil) {
            diagnostics.report(file: file, line: line, message, hint: hint)
            valid = false
        }

        let postID = record.fields[id]
        if postID.isEmpty {
            report("missing id")
        } else if let firstLine = lineByID[postID] {
            report("duplicate id \"\(postID)\"", hint: "first used on line \(firstLine)")
        } else {
            lineByID[postID] = line
        }
        let channelIndex = lookUp(record.fields[channel], in: channels, name: "channel", candidates: channelIDs, report)
        let categoryIndex = lookUp(record.fields[category], in: categories, name: "category", candidates: categoryIDs, report)
        let departmentID = record.fields[department]
        let departmentIndex = registry.index(of: departmentID)
        if departmentIndex == nil {
            report(departmentID.isEmpty ? "missing department" : "unknown department \"\(departmentID)\"",
                   hint: Suggestion.didYouMean(departmentID, among: departmentIDs))
        }

        let postedText = record.fields[postedAt]
        let posted = timestamps.parse(postedText)
        if let posted {
            if !quarter.info.id.contains(posted.localDay) {
                report("posted_at \"\(postedText)\" is outside \(quarter.info.id)",
                       hint: "in the site time zone (\(timeZoneName)) it falls on \(posted.localDay)")
            }
        } else {
            report(postedText.isEmpty ? "missing posted_at" : "invalid posted_at \"\(postedText)\"", hint: PostsReader.timestampHint)
        }
        let accepted = optionalTimestamp(record.field(acceptedAt), name: "accepted_at", posted: posted, postedText: postedText, report)
        let replied = optionalTimestamp(record.field(repliedAt), name: "replied_at", posted: posted, postedText: postedText, report)

        // Compared without `lowercased()`, which allocated a string per field (4 M rows in the large benchmark).
        let publicText = record.field(isPublic)
        let isPublicPost: Bool
        if publicText.isEmpty || Self.equalsIgnoringASCIICase(publicText, "yes") {
            isPublicPost = true
        } else if Self.equalsIgnoringASCIICase(publicText, "no") {
            isPublicPost = false
        } else {
            isPublicPost = true
            report("invalid public \"\(publicText)\"", hint: "expected yes or no (empty means yes)")
        }
        let urlText = record.field(url)
        if !urlText.isEmpty, !(Self.hasPrefixIgnoringASCIICase(urlText, "http://") || Self.hasPrefixIgnoringASCIICase(urlText, "https://")) {
            report("url \"\(urlText)\" is not http or https")
        }

        guard valid, let channelIndex, let categoryIndex, let departmentIndex, let posted else { return nil }
        if posted.localDay < (firstPostingDay ?? posted.localDay.adding(days: 1)) { firstPostingDay = posted.localDay }
        return Post(id: postID, channel: channelIndex, department: departmentIndex, category: categoryIndex,
                    postedAt: posted, acceptedAt: accepted, repliedAt: replied, isPublic: isPublicPost,
                    title: record.field(title), url: urlText.isEmpty ? nil : urlText, line: line)
    }

    /// `lowercase` must be lower-case ASCII.
    private static func hasPrefixIgnoringASCIICase(_ text: String, _ lowercase: String) -> Bool {
        var characters = text.utf8.makeIterator()
        for expected in lowercase.utf8 {
            guard let byte = characters.next() else { return false }
            let folded = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            guard folded == expected else { return false }
        }
        return true
    }

    private static func equalsIgnoringASCIICase(_ text: String, _ lowercase: String) -> Bool {
        text.utf8.count == lowercase.utf8.count && hasPrefixIgnoringASCIICase(text, lowercase)
    }

    private func lookUp(_ value: String, in indexByID: [String: Int], name: String, candidates: [String],
                        _ report: (String, String?) -> Void) -> Int? {
        if let index = indexByID[value] { return index }
        report(value.isEmpty ? "missing \(name)" : "unknown \(name) \"\(value)\"",
               Suggestion.didYouMean(value, among: candidates) ?? "site.yml lists \(Suggestion.quoted(candidates))")
        return nil
    }

    private mutating func optionalTimestamp(_ text: String, name: String, posted: Timestamp?, postedText: String,
                                            _ report: (String, String?) -> Void) -> Timestamp? {
        guard !text.isEmpty else { return nil }
        guard let timestamp = timestamps.parse(text) else {
            report("invalid \(name) \"\(text)\"", PostsReader.timestampHint)
            return nil
        }
        if let posted, timestamp < posted {
            report("\(name) \"\(text)\" is earlier than posted_at \"\(postedText)\"", nil)
        }
        return timestamp
    }
}
