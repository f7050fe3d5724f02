import Foundation

/// The Validate stage for posts: checks a period's posts a row at a time, as the pipeline
/// reads them with Load (`TableRecords`) and hands them on (`PeriodPosts`), validating each
/// row into a `Post` without keeping the posts in memory.
struct PostsValidator {
    static let requiredColumns = InputDeclarations.posts.requiredNames
    static let optionalColumns = InputDeclarations.posts.optionalNames
    static let ratingPrefix = PostsColumns.ratingPrefix
    static let timestampHint = "expected YYYY-MM-DDTHH:MM[:SS], optionally followed by Z or ±HH:MM"

    /// Which optional v2 columns the file has.
    let columns: PostsColumns
    private let period: PeriodContent
    private let file: String
    private var rows: RowValidator
    private var problems = RepeatedProblems()

    /// Checks the header of `period`'s posts (`header`, read by Load, its problems placed at
    /// `location`); nil, with the problems reported, when it is unusable. `byteCount` sizes the id table.
    init?(header: [String], location: TableLocation, byteCount: Int, period: PeriodContent, config: SiteConfig,
          registry: DepartmentRegistry, diagnostics: inout DiagnosticBag) {
        let headerProblems = diagnostics.diagnostics.count
        defer { location.placeHeaderProblems(&diagnostics, after: headerProblems) }
        let dimensions = config.satisfaction?.dimensions.map(\.id) ?? []
        // Without `satisfaction` in site.yml, rating_ columns are unknown columns, ignored as in v1.
        if config.satisfaction != nil {
            Self.checkRatingColumns(header, dimensions: dimensions, file: location.file, diagnostics: &diagnostics)
        }
        guard let columns = CSVColumns(header: header, required: Self.requiredColumns,
                                       optional: Self.optionalColumns + dimensions.map { Self.ratingPrefix + $0 },
                                       file: location.file, diagnostics: &diagnostics) else { return nil }
        self.columns = PostsColumns(hasSettledAt: columns["settled_at"] != nil,
                                    hasRatings: dimensions.contains { columns[Self.ratingPrefix + $0] != nil })
        (self.period, file) = (period, location.file)
        rows = RowValidator(quarter: period, config: config, registry: registry, columns: columns, location: location,
                            expectedRows: byteCount / RowValidator.bytesPerRowEstimate)
    }

    /// The row as a post, with its text (valid only while the row's bytes are, see `PostText`);
    /// nil, with its problems reported, when it is invalid.
    mutating func validate(_ row: CSVRow, diagnostics: inout DiagnosticBag) -> (post: Post, text: PostText)? {
        rows.validate(row, diagnostics: &diagnostics, problems: &problems).map { ($0, rows.text(of: row)) }
    }

    /// After the last row: the repeated problems' counts, and whether the calendar covers every
    /// year from the first posting date through as_of (reported in quarter.yml, next to the posts file).
    mutating func finish(calendar: WorkingCalendar, diagnostics: inout DiagnosticBag) {
        problems.flush(into: &diagnostics)
        guard let firstDay = rows.firstPostingDay else { return }
        let quarterFile = (file as NSString).deletingLastPathComponent + "/" + period.info.id.kind.infoFile
        for year in firstDay.year...max(firstDay.year, period.info.asOf.year) where !calendar.years.contains(year) {
            diagnostics.report(file: quarterFile, line: period.asOfLine, "no working-day calendar for \(year)",
                               hint: "add calendar/\(year).yml")
        }
    }

    /// A `rating_ID` column whose ID is not a satisfaction dimension is an error (contract §8).
    private static func checkRatingColumns(_ header: [String], dimensions: [String], file: String,
                                           diagnostics: inout DiagnosticBag) {
        for name in header where name.hasPrefix(ratingPrefix) {
            let dimension = String(name.dropFirst(ratingPrefix.count))
            guard !dimensions.contains(dimension) else { continue }
            let hint = Suggestion.didYouMean(name, among: dimensions.map { ratingPrefix + $0 })
                ?? "the dimensions in site.yml are \(Suggestion.quoted(dimensions))"
            diagnostics.report(file: file, line: 1, "column \"\(name)\" names no satisfaction dimension", hint: hint)
        }
    }
}

/// Which optional columns of contract v2 a posts.csv has: its period's open data
/// gets settlement keys only when it has `settled_at` (contract §7).
public struct PostsColumns: Hashable, Sendable {
    public var hasSettledAt: Bool
    public var hasRatings: Bool

    /// `rating_ID` for each satisfaction dimension ID (contract §8), in posts.csv and its open data.
    public static let ratingPrefix = "rating_"
}

/// Checks the rows of one posts.csv; remembers ids for duplicate detection.
///
/// Fields are checked on their UTF-8 bytes: only a field quoted in an error
/// message becomes a String (and the id, title and url of a red post, later).
private struct RowValidator {
    let quarter: PeriodContent
    /// `quarter.info.id.contains`, without working out the quarter's first and last day for every row.
    let quarterDays: ClosedRange<Day>
    /// `posts.csv:LINE`, or `posts.xlsx:SHEET!CELL` at the column of the problem.
    let location: TableLocation
    let channelIDs: [String]
    let categoryIDs: [String]
    /// The UTF-8 bytes of `channelIDs` and `categoryIDs`: site.yml lists a
    /// handful, so comparing bytes in order beats hashing a String.
    let channelBytes: [[UInt8]]
    let categoryBytes: [[UInt8]]
    /// Registry index by department id, looked up by the field's bytes. Registry
    /// ids are ASCII (`[a-z0-9][a-z0-9-]*`), so byte equality is String equality.
    let departmentIndex: ByteStringTable
    let registry: DepartmentRegistry
    let rejectedDepartments: Set<String>
    let timeZoneName: String
    var timestamps: TimestampParser
    var ids: PostIDTable
    var firstPostingDay: Day?
    let id, channel, department, category, postedAt: Int
    let acceptedAt, repliedAt, settledAt, isPublic, title, url: Int?
    /// The column of each satisfaction dimension's rating, in site.yml order (nil: not in the file).
    let ratingColumns: [(column: Int?, name: String)]

    /// Sizes the id table from the file's size: growing it rehashed every id
    /// about once more (half the duplicate check's instructions, callgrind).
    /// Rows with a title and url are ~160 bytes, rows without ~85; a wrong
    /// guess costs only memory or a few more rehashes.
    static let bytesPerRowEstimate = 100

    init(quarter: PeriodContent, config: SiteConfig, registry: DepartmentRegistry, columns: CSVColumns, location: TableLocation,
         expectedRows: Int) {
        self.quarter = quarter
        quarterDays = quarter.info.id.firstDay...quarter.info.id.lastDay
        ids = PostIDTable(capacity: expectedRows)
        self.location = location
        self.registry = registry
        rejectedDepartments = registry.rejectedIDs
        var departmentIndex = ByteStringTable(capacity: registry.departments.count)
        for (index, var id) in registry.departments.map(\.id).enumerated() {
            _ = id.withUTF8 { departmentIndex.insert($0, value: index) }  // the first of equal ids, as the registry
        }
        self.departmentIndex = departmentIndex
        channelIDs = config.channels.map(\.id)
        categoryIDs = config.categories.map(\.id)
        channelBytes = channelIDs.map { Array($0.utf8) }
        categoryBytes = categoryIDs.map { Array($0.utf8) }
        timeZoneName = config.timeZone.identifier
        timestamps = TimestampParser(timeZone: config.timeZone)
        (id, channel, department, category, postedAt) =
            (columns["id"]!, columns["channel"]!, columns["department"]!, columns["category"]!, columns["posted_at"]!)
        (acceptedAt, repliedAt, settledAt, isPublic, title, url) =
            (columns["accepted_at"], columns["replied_at"], columns["settled_at"], columns["public"], columns["title"], columns["url"])
        ratingColumns = (config.satisfaction?.dimensions ?? []).map { dimension in
            let name = PostsValidator.ratingPrefix + dimension.id
            return (columns[name], name)
        }
    }

    mutating func validate(_ row: CSVRow, diagnostics: inout DiagnosticBag, problems: inout RepeatedProblems) -> Post? {
        let line = row.line, location = location
        var valid = true
        func report(_ message: String, hint: String? = nil, column: Int?) {
            problems.report(location.diagnostic(line: line, column: column, message, hint: hint), into: &diagnostics)
            valid = false
        }

        let postID = row[id]
        if postID.isEmpty {
            report("missing id", column: id)
        } else if let firstLine = ids.insert(postID, line: line) {
            report("duplicate id \"\(row.string(id))\"", hint: "first used \(location.sheetName == nil ? "on line" : "in row") \(firstLine)", column: id)
        }
        let channelIndex = lookUp(row[channel], in: channelBytes, name: "channel", candidates: channelIDs) { report($0, hint: $1, column: channel) }
        let categoryIndex = lookUp(row[category], in: categoryBytes, name: "category", candidates: categoryIDs) { report($0, hint: $1, column: category) }
        let departmentIndex = departmentIndex.value(for: row[department])
        if departmentIndex == nil {
            let departmentID = row.string(department)
            if rejectedDepartments.contains(departmentID) {
                valid = false  // departments.csv reports why the department is not in the registry
            } else {
                report(departmentID.isEmpty ? "missing department" : "unknown department \"\(departmentID)\"",
                       hint: registry.hint(forUnknown: departmentID), column: department)
            }
        }

        let posted = timestamps.parse(row[postedAt])
        if let posted {
            if !quarterDays.contains(posted.localDay) {
                report("posted_at \"\(row.string(postedAt))\" is outside \(quarter.info.id)",
                       hint: "in the site time zone (\(timeZoneName)) it falls on \(posted.localDay)", column: postedAt)
            }
        } else {
            report(row[postedAt].isEmpty ? "missing posted_at" : "invalid posted_at \"\(row.string(postedAt))\"",
                   hint: PostsValidator.timestampHint, column: postedAt)
        }
        let accepted = optionalTimestamp(row, acceptedAt, name: "accepted_at", posted: posted, report)
        let replied = optionalTimestamp(row, repliedAt, name: "replied_at", posted: posted, report)
        let settled = optionalTimestamp(row, settledAt, name: "settled_at", posted: posted, report)
        var ratings = Ratings()
        for (index, rating) in ratingColumns.enumerated() {
            let bytes = row.field(rating.column)
            guard !bytes.isEmpty else { continue }
            if bytes.count == 1, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(bytes[0]) {
                ratings[index] = Int(bytes[0] - UInt8(ascii: "0"))
            } else {
                report("invalid \(rating.name) \"\(row.string(rating.column))\"",
                       hint: "expected a whole number of stars from 1 to 5, or an empty cell for no rating", column: rating.column)
            }
        }

        let publicBytes = row.field(isPublic)
        let isPublicPost: Bool
        if publicBytes.isEmpty || Self.equalsIgnoringASCIICase(publicBytes, "yes") {
            isPublicPost = true
        } else if Self.equalsIgnoringASCIICase(publicBytes, "no") {
            isPublicPost = false
        } else {
            isPublicPost = true
            report("invalid public \"\(row.string(isPublic))\"", hint: "expected yes or no (empty means yes)", column: isPublic)
        }
        let urlBytes = row.field(url)
        if !urlBytes.isEmpty, !(Self.hasPrefixIgnoringASCIICase(urlBytes, "http://") || Self.hasPrefixIgnoringASCIICase(urlBytes, "https://")) {
            report("url \"\(row.string(url))\" is not http or https", column: url)
        }

        guard valid, let channelIndex, let categoryIndex, let departmentIndex, let posted else { return nil }
        if posted.localDay < (firstPostingDay ?? posted.localDay.adding(days: 1)) { firstPostingDay = posted.localDay }
        return Post(channel: channelIndex, department: departmentIndex, category: categoryIndex,
                    postedAt: posted, acceptedAt: accepted, repliedAt: replied, settledAt: settled, ratings: ratings,
                    isPublic: isPublicPost, line: line)
    }

    /// The id, title and url of a valid row, as bytes.
    func text(of row: CSVRow) -> PostText {
        PostText(validatedID: row[id], title: row.field(title), url: row.field(url))
    }

    /// Whether `bytes` start with `lowercase` (lower-case ASCII), ignoring ASCII case.
    private static func hasPrefixIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: StaticString) -> Bool {
        guard bytes.count >= lowercase.utf8CodeUnitCount else { return false }
        for (byte, expected) in zip(bytes, UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount)) {
            let folded = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            guard folded == expected else { return false }
        }
        return true
    }

    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: StaticString) -> Bool {
        bytes.count == lowercase.utf8CodeUnitCount && hasPrefixIgnoringASCIICase(bytes, lowercase)
    }

    private func lookUp(_ value: UnsafeBufferPointer<UInt8>, in ids: [[UInt8]], name: String, candidates: [String],
                        _ report: (String, String?) -> Void) -> Int? {
        if let index = ids.firstIndex(where: { id in id.withUnsafeBufferPointer { $0.elementsEqual(value) } }) { return index }
        let value = String(decoding: value, as: UTF8.self)
        report(value.isEmpty ? "missing \(name)" : "unknown \(name) \"\(value)\"",
               Suggestion.didYouMean(value, among: candidates) ?? "site.yml lists \(Suggestion.quoted(candidates))")
        return nil
    }

    private mutating func optionalTimestamp(_ row: CSVRow, _ column: Int?, name: String, posted: Timestamp?,
                                            _ report: (String, String?, Int?) -> Void) -> Timestamp? {
        let bytes = row.field(column)
        guard !bytes.isEmpty else { return nil }
        guard let timestamp = timestamps.parse(bytes) else {
            report("invalid \(name) \"\(row.string(column))\"", PostsValidator.timestampHint, column)
            return nil
        }
        if let posted, timestamp < posted {
            report("\(name) \"\(row.string(column))\" is earlier than posted_at \"\(row.string(postedAt))\"", nil, column)
        }
        return timestamp
    }
}
