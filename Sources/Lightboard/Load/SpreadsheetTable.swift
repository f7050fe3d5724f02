/// A table file read from the first sheet of an .xlsx workbook, as CSV fields: the sheet's first
/// row is the header, each later row a record with the sheet's row number for a line. Same
/// columns and rules as the CSV (docs/content.md, "Spreadsheets"); what Excel stores differently
/// is made CSV text here:
/// - a number in a date column is an Excel serial date (the 1900 date system, or 1904 when the
///   workbook says so): `45474` in `date` is `2024-07-01`, `45474.375` in `posted_at` is
///   `2024-07-01T09:00:00`, in the site's time zone as a CSV time without offset is;
/// - text cells stay text, so a date typed as text is read as in the CSV;
/// - a number elsewhere is its digits as stored (`1.5`, `12345`), a boolean `TRUE` / `FALSE`,
///   an error value (`#N/A`) its text, which the column's check then reports at the cell.
struct SpreadsheetTable {
    let header: [String]
    let location: TableLocation
    private let reader: XLSXReader
    private let headerRow: Int
    /// Per header column: how a number in it is read.
    private let numberKinds: [NumberKind]

    enum NumberKind { case plain, date, timestamp }

    /// Reads the header; `dateColumns` hold days, `timestampColumns` dates and times.
    init(path: String, displayPath: String, dateColumns: Set<String> = [], timestampColumns: Set<String> = []) throws(Diagnostic) {
        do {
            reader = try XLSXReader(path: path)
        } catch {
            throw Diagnostic(file: displayPath, line: 0, message: error.message, hint: error.hint)
        }
        let location = TableLocation(file: displayPath, sheetName: reader.sheetName)
        var first: XLSXReader.Row?
        do {
            try reader.forEachRow { row in
                first = row
                throw HeaderRead()
            }
        } catch is HeaderRead {
        } catch let problem as XLSXProblem {
            throw location.diagnostic(problem)
        } catch {
            throw Diagnostic(file: displayPath, line: 0, message: "cannot unzip the workbook", hint: "save it again from Excel as .xlsx")
        }
        guard let first else {
            throw Diagnostic(file: displayPath, line: 0, message: "empty sheet \"\(reader.sheetName)\", expected a header row")
        }
        // The widest cell, not the last: a workbook may write its cells in any order.
        let width = (first.cells.map(\.column).max() ?? -1) + 1
        var names = Array(repeating: "", count: width)
        for cell in first.cells { names[cell.column] = String(Self.text(cell.value).trimmingSpaces) }
        header = names
        headerRow = first.number
        self.location = location
        numberKinds = names.map { timestampColumns.contains($0) ? .timestamp : dateColumns.contains($0) ? .date : .plain }
    }

    private struct HeaderRead: Error {}

    /// Hands on each record after the header, with its fields as the CSV would have them;
    /// a value right of the header's last column is reported at its cell.
    func forEachRecord(diagnostics: inout DiagnosticBag, _ body: (CSVRecord) throws -> Void) throws(Diagnostic) {
        do {
            try reader.forEachRow { row in
                guard row.number > headerRow else { return }
                var fields = Array(repeating: "", count: header.count)
                for cell in row.cells {
                    guard cell.column < header.count else {
                        diagnostics.report(location.diagnostic(line: row.number, sheetColumn: cell.column,
                                                               "a value right of the header's last column",
                                                               hint: "give the column a name in row \(headerRow), or clear the cell"))
                        continue
                    }
                    fields[cell.column] = field(cell.value, kind: numberKinds[cell.column], row: row.number, column: cell.column,
                                                diagnostics: &diagnostics)
                }
                try body(CSVRecord(line: row.number, fields: fields))
            }
        } catch let problem as XLSXProblem {
            throw location.diagnostic(problem)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(file: location.file, line: 0, message: "cannot unzip the workbook", hint: "save it again from Excel as .xlsx")
        }
    }

    private func field(_ value: XLSXReader.Value, kind: NumberKind, row: Int, column: Int, diagnostics: inout DiagnosticBag) -> String {
        guard case .number(let literal) = value, kind != .plain else { return Self.text(value) }
        guard let moment = ExcelSerial(literal, uses1904: reader.usesDate1904) else {
            diagnostics.report(location.diagnostic(line: row, column: column, "date number \(literal) is outside the dates Excel can hold",
                                                   hint: "type the date as text, YYYY-MM-DD"))
            return literal
        }
        return kind == .date && moment.secondOfDay == 0 ? moment.day.description : moment.timestampText
    }

    static func text(_ value: XLSXReader.Value) -> String {
        switch value {
        case .text(let text), .number(let text), .error(let text): text
        }
    }
}

/// A moment as an Excel serial number: days since the start of the date system, the time of
/// day as the fraction. In the 1900 system Excel counts a 29 February 1900 that never was
/// (Lotus 1-2-3's leap-year bug), so serials from 61 on are days since 1899-12-30.
struct ExcelSerial: Equatable {
    var day: Day
    var secondOfDay: Int

    init?(_ literal: String, uses1904: Bool) {
        guard let value = Double(literal), value >= 1 || uses1904, value < 2_958_466 else { return nil }
        var days = Int(value.rounded(.down))
        var seconds = Int(((value - Double(days)) * 86_400).rounded())
        if seconds == 86_400 { (days, seconds) = (days + 1, 0) }
        // Day ordinals count from 1970-01-01, serial 25,569 in the 1900 system and 24,107 in the 1904 one.
        if uses1904 {
            day = Day(ordinal: days - 24_107)
        } else {
            guard days != 60 else { return nil }
            day = Day(ordinal: days - (days < 60 ? 25_568 : 25_569))
        }
        secondOfDay = seconds
    }

    /// `2024-07-01T09:00:00`.
    var timestampText: String {
        let (hours, minutes, seconds) = (secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
        return "\(day)T\(String(zeroPadded: hours, width: 2)):\(String(zeroPadded: minutes, width: 2)):\(String(zeroPadded: seconds, width: 2))"
    }
}

/// Where a problem of a table file is reported: `FILE:LINE` in a CSV, `FILE:SHEET!CELL` in a
/// workbook (`posts.xlsx:Sheet1!C5`; a problem of a whole row `posts.xlsx:Sheet1!5:5`).
struct TableLocation: Sendable {
    let file: String
    /// nil for a CSV file.
    let sheetName: String?
    /// As a cell reference writes it: quoted when it holds more than letters, digits and `_`.
    private let sheetReference: String?

    init(file: String, sheetName: String? = nil) {
        self.file = file
        self.sheetName = sheetName
        sheetReference = sheetName.map { name in
            name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        }
    }

    /// A problem of the record on `line` (a sheet's row), in the header's `column` when there is one.
    func diagnostic(line: Int, column: Int?, _ message: String, hint: String?) -> Diagnostic {
        diagnostic(line: line, sheetColumn: column, message, hint: hint)
    }

    /// Moves what `CSVColumns` reported at line 1 since `count` to the header row of a sheet.
    func placeHeaderProblems(_ diagnostics: inout DiagnosticBag, after count: Int) {
        guard sheetName != nil else { return }
        for diagnostic in diagnostics.removeDiagnostics(after: count) {
            diagnostics.report(diagnostic.line == 1 && diagnostic.file == file
                ? self.diagnostic(line: 1, column: nil, diagnostic.message, hint: diagnostic.hint) : diagnostic)
        }
    }

    /// A problem reading the workbook: at its cell when it names one, else at the file.
    func diagnostic(_ problem: XLSXProblem) -> Diagnostic {
        var diagnostic = Diagnostic(file: file, line: problem.cell?.row ?? 0, message: problem.message, hint: problem.hint)
        if let sheet = sheetReference, let cell = problem.cell { diagnostic.cell = sheet + "!" + cell.reference }
        return diagnostic
    }

    /// Header columns are the sheet's columns from A, so the same index names the cell.
    func diagnostic(line: Int, sheetColumn: Int?, _ message: String, hint: String?) -> Diagnostic {
        var diagnostic = Diagnostic(file: file, line: line, message: message, hint: hint)
        if let sheet = sheetReference {
            diagnostic.cell = sheet + "!" + (sheetColumn.map { XLSXSheet.columnName($0) + String(line) } ?? "\(line):\(line)")
        }
        return diagnostic
    }
}
