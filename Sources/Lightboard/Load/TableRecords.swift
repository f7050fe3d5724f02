import Foundation

/// The records of a table file of the content, `NAME.csv` or `NAME.xlsx`: the same columns and
/// rules whichever it is, problems at `FILE:LINE` or at `FILE:SHEET!CELL` (`location`).
struct TableRecords {
    let header: [String]
    let location: TableLocation
    private var csv: CSVReader?
    private let sheet: SpreadsheetTable?

    /// Opens `path` (a sheet when it ends in `.xlsx`); `dateColumns` hold days, which a sheet may store as Excel dates.
    init(path: String, displayPath: String, dateColumns: Set<String> = []) throws(Diagnostic) {
        if path.hasSuffix(".xlsx") {
            let sheet = try SpreadsheetTable(path: path, displayPath: displayPath, dateColumns: dateColumns)
            (header, location, self.sheet, csv) = (sheet.header, sheet.location, sheet, nil)
        } else {
            let csv = try CSVReader(path: path, displayPath: displayPath)
            (header, location, self.csv, sheet) = (csv.header, TableLocation(file: displayPath), csv, nil)
        }
    }

    /// Hands on every record in order; problems of the file itself (a CSV row's field count, a
    /// cell right of the header) go into `problems`, after the records.
    mutating func forEach(problems: inout DiagnosticBag, _ body: (CSVRecord) -> Void) {
        if var reader = csv {
            while let record = reader.next() { body(record) }
            reader.diagnostics.forEach { problems.report($0) }
            csv = reader
        } else if let sheet {
            do { try sheet.forEachRecord(diagnostics: &problems, body) } catch { problems.report(error) }
        }
    }
}

extension ContentLoader {
    /// `BASE.csv` or `BASE.xlsx` (a relative path without the extension), nil when there is neither.
    /// Both at once is an error: which one holds the table would be a guess.
    mutating func tableFile(_ base: String) -> String? {
        let csv = base + ".csv", xlsx = base + ".xlsx"
        switch (fileExists(csv), fileExists(xlsx)) {
        case (true, true):
            diagnostics.report(file: path(xlsx), line: 0, "both \((csv as NSString).lastPathComponent) and \((xlsx as NSString).lastPathComponent)",
                               hint: "keep one of the two: they hold the same table")
            return csv
        case (true, false): return csv
        case (false, true): return xlsx
        case (false, false): return nil
        }
    }

    /// Opens a table file of the content folder, reporting why it cannot be read.
    mutating func tableRecords(_ relativePath: String, dateColumns: Set<String> = []) -> TableRecords? {
        do {
            return try TableRecords(path: path(relativePath), displayPath: path(relativePath), dateColumns: dateColumns)
        } catch {
            diagnostics.report(error)
            return nil
        }
    }
}
