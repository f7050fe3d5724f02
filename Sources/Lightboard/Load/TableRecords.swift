import Foundation

/// The records of a table file of the content, `NAME.csv` or `NAME.xlsx`, as they are read: the
/// same columns and rules whichever it is, problems at `FILE:LINE` or at `FILE:SHEET!CELL` (`location`).
/// The pipeline opens a period's posts with it and streams them (`forEachRow`); small tables are
/// read whole into a `RawTable` (`readAll`).
struct TableRecords {
    let header: [String]
    let location: TableLocation
    /// The file's size, from which the posts' validation sizes its id table.
    let byteCount: Int
    private var csv: CSVReader?
    private let sheet: SpreadsheetTable?

    /// Opens `path` (a sheet when it ends in `.xlsx`): `dateColumns` hold days, `timestampColumns`
    /// dates and times, which a sheet may store as Excel numbers.
    init(path: String, displayPath: String, dateColumns: Set<String> = [], timestampColumns: Set<String> = []) throws(Diagnostic) {
        if path.hasSuffix(".xlsx") {
            let sheet = try SpreadsheetTable(path: path, displayPath: displayPath, dateColumns: dateColumns,
                                             timestampColumns: timestampColumns)
            (header, location, self.sheet, csv) = (sheet.header, sheet.location, sheet, nil)
        } else {
            let csv = try CSVReader(path: path, displayPath: displayPath)
            (header, location, self.csv, sheet) = (csv.header, TableLocation(file: displayPath), csv, nil)
        }
        byteCount = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// Every record and the file's problems, read now: for the small tables, which Validate reads from `RawContent`.
    mutating func readAll() -> RawTable {
        var records: [CSVRecord] = []
        var problems = DiagnosticBag()
        forEach(problems: &problems) { records.append($0) }
        return RawTable(file: location.file, header: header, location: location, records: records, readingProblems: problems)
    }

    /// Hands on every row in order as bytes (valid only during the call: a posts.csv is not
    /// copied into Strings); problems of the file itself go into `problems`.
    mutating func forEachRow(problems: inout DiagnosticBag, _ body: (CSVRow) -> Void) {
        if var reader = csv {
            while reader.withNextRow(body) != nil {}
            reader.diagnostics.forEach { problems.report($0) }
            csv = reader
        } else if let sheet {
            do { try sheet.forEachRecord(diagnostics: &problems) { record in CSVRow.withRow(record, body) } } catch { problems.report(error) }
        }
    }

    /// Hands on every record in order; problems of the file itself (a CSV row's field count, a
    /// cell right of the header) go into `problems`, after the records.
    private mutating func forEach(problems: inout DiagnosticBag, _ body: (CSVRecord) -> Void) {
        if var reader = csv {
            while let record = reader.next() { body(record) }
            reader.diagnostics.forEach { problems.report($0) }
            csv = reader
        } else if let sheet {
            do { try sheet.forEachRecord(diagnostics: &problems, body) } catch { problems.report(error) }
        }
    }
}

extension TableRecords {
    /// The columns whose numbers in posts.xlsx are Excel dates and times.
    static let postsTimestampColumns: Set<String> = ["posted_at", "accepted_at", "replied_at", "settled_at"]

    /// Opens a period's posts.csv or posts.xlsx to be streamed; nil when it is absent
    /// (`ContentReader` has reported it missing).
    static func posts(path: String) throws(Diagnostic) -> TableRecords? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try TableRecords(path: path, displayPath: path, timestampColumns: postsTimestampColumns)
    }
}
