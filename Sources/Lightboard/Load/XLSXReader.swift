import Foundation
import ZIPFoundation

/// Reads the first sheet of an .xlsx workbook (Office Open XML SpreadsheetML) row by row, as
/// the sheet's XML is unzipped: only the shared strings (the workbook's table of texts) are
/// held whole. Cells come as Excel stores them; `SpreadsheetTable` makes CSV fields of them.
struct XLSXReader {
    /// A cell's value as stored.
    enum Value: Equatable {
        /// A text (shared, inline or a formula's result), or a boolean as `TRUE` / `FALSE`.
        case text(String)
        /// A number as written in the XML (`45474.5`, `3`): dates are serial numbers of days.
        case number(String)
        /// An error value such as `#N/A`.
        case error(String)
    }

    struct Cell {
        /// 0 for column A.
        var column: Int
        var value: Value
    }

    struct Row {
        /// 1-based, as Excel numbers rows.
        var number: Int
        /// Non-empty cells, left to right.
        var cells: [Cell]
    }

    /// The first sheet's tab name (`Sheet1`).
    let sheetName: String
    /// Whether dates count from 1904 (old Mac workbooks) instead of 1900.
    let usesDate1904: Bool
    private let archive: Archive
    private let sheetEntry: Entry
    private let sharedStrings: SharedStrings

    /// Opens `path`; throws a sentence for the user when it is no workbook Lightboard can read.
    init(path: String) throws(XLSXProblem) {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw XLSXProblem("not an .xlsx workbook (it is not a zip archive)", hint: "save it from Excel as \"Excel Workbook (.xlsx)\"")
        }
        self.archive = archive
        guard let workbook = Self.part("xl/workbook.xml", in: archive) else {
            throw XLSXProblem("not an .xlsx workbook (it has no xl/workbook.xml)", hint: "save it from Excel as \"Excel Workbook (.xlsx)\"")
        }
        var firstSheet: (name: String, relationship: String)?
        var date1904 = false
        Self.scan(workbook) { event in
            guard case .start(let name, let tag, _) = event else { return }
            if name.equals("sheet"), firstSheet == nil {
                firstSheet = (XMLScanner.attribute("name", in: tag) ?? "Sheet1", XMLScanner.attribute("r:id", in: tag) ?? "")
            } else if name.equals("workbookPr") {
                date1904 = ["1", "true"].contains(XMLScanner.attribute("date1904", in: tag) ?? "")
            }
        }
        guard let firstSheet else { throw XLSXProblem("the workbook has no sheet") }
        var target: String?
        if let relationships = Self.part("xl/_rels/workbook.xml.rels", in: archive) {
            Self.scan(relationships) { event in
                guard case .start(let name, let tag, _) = event, name.equals("Relationship"),
                      XMLScanner.attribute("Id", in: tag) == firstSheet.relationship else { return }
                target = XMLScanner.attribute("Target", in: tag)
            }
        }
        let sheetPath = target.map { $0.hasPrefix("/") ? String($0.dropFirst()) : "xl/" + $0 } ?? "xl/worksheets/sheet1.xml"
        guard let sheetEntry = archive[sheetPath] else { throw XLSXProblem("the workbook has no part \(sheetPath) for its first sheet") }
        (sheetName, usesDate1904, self.sheetEntry) = (firstSheet.name, date1904, sheetEntry)
        if let entry = archive["xl/sharedStrings.xml"] {
            sharedStrings = try Self.sharedStrings(entry, in: archive)
        } else {
            sharedStrings = SharedStrings()
        }
    }

    /// Hands on every row of the first sheet with a non-empty cell, in order.
    func forEachRow(_ body: (Row) throws -> Void) throws {
        var scanner = XMLScanner()
        var state = SheetState()
        _ = try archive.extract(sheetEntry, skipCRC32: true) { data in
            try scanner.feed(data) { event in
                if let row = try state.handle(event, sharedStrings: sharedStrings) { try body(row) }
            }
        }
    }

    // MARK: - Parts

    private static func part(_ path: String, in archive: Archive) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry, skipCRC32: true, consumer: { data.append($0) })) != nil else { return nil }
        return data
    }

    private static func scan(_ data: Data, _ handle: (XMLScanner.Event) -> Void) {
        var scanner = XMLScanner()
        scanner.feed(data, handle)
    }

    /// The workbook's table of texts, one after the other in one buffer: a posts sheet has a
    /// text of its own for every post (id, title, url), and a String each cost ~300 bytes a post.
    struct SharedStrings {
        private var bytes: [UInt8] = []
        /// Where each text ends in `bytes`.
        private var ends: [Int] = []

        var count: Int { ends.count }

        mutating func append(_ text: String) {
            bytes += text.utf8
            ends.append(bytes.count)
        }

        subscript(index: Int) -> String {
            String(decoding: bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]], as: UTF8.self)
        }
    }

    /// `<si>` texts in order, streamed like the sheet; phonetic runs (`<rPh>`) are not part of the text.
    private static func sharedStrings(_ entry: Entry, in archive: Archive) throws(XLSXProblem) -> SharedStrings {
        var strings = SharedStrings()
        var current = "", inText = false, inPhonetic = false
        var scanner = XMLScanner()
        let handle = { (event: XMLScanner.Event) in
            switch event {
            case .start(let name, _, let isEmpty):
                if name.equals("si") { current = "" }
                if name.equals("rPh") { inPhonetic = !isEmpty }
                if name.equals("t") { inText = !isEmpty && !inPhonetic }
            case .end(let name):
                if name.equals("t") { inText = false }
                if name.equals("rPh") { inPhonetic = false }
                if name.equals("si") { strings.append(current) }
            case .text(let bytes):
                if inText { current += XMLScanner.decode(bytes) }
            }
        }
        do {
            _ = try archive.extract(entry, skipCRC32: true) { data in scanner.feed(data, handle) }
        } catch {
            throw XLSXProblem("cannot unzip the workbook's texts (xl/sharedStrings.xml)", hint: "save it again from Excel as .xlsx")
        }
        return strings
    }

    /// Where the sheet's scan is: the row and cell being read.
    private struct SheetState {
        var row: Row?
        var lastRow = 0, lastColumn = -1
        var column = 0, type = "", text = "", isCollecting = false, inPhonetic = false, hasValue = false

        mutating func handle(_ event: XMLScanner.Event, sharedStrings: SharedStrings) throws -> Row? {
            switch event {
            case .start(let name, let tag, let isEmpty):
                if name.equals("row") {
                    lastRow = XMLScanner.attribute("r", in: tag).flatMap { Int($0) } ?? lastRow + 1
                    lastColumn = -1
                    row = isEmpty ? nil : Row(number: lastRow, cells: [])
                } else if name.equals("c") {
                    column = try XMLScanner.attribute("r", in: tag).flatMap { try Self.column($0, row: lastRow) } ?? lastColumn + 1
                    lastColumn = column
                    type = XMLScanner.attribute("t", in: tag) ?? "n"
                    (text, hasValue) = ("", false)
                } else if name.equals("v") || (name.equals("t") && !inPhonetic) {
                    isCollecting = !isEmpty
                    hasValue = true
                } else if name.equals("rPh") {
                    inPhonetic = !isEmpty
                }
            case .end(let name):
                if name.equals("v") || name.equals("t") { isCollecting = false }
                if name.equals("rPh") { inPhonetic = false }
                if name.equals("c"), hasValue, let value = try value(sharedStrings) { row?.cells.append(Cell(column: column, value: value)) }
                if name.equals("row"), let finished = row {
                    row = nil
                    return finished.cells.isEmpty ? nil : finished
                }
            case .text(let bytes):
                if isCollecting { text += XMLScanner.decode(bytes) }
            }
            return nil
        }

        private func value(_ sharedStrings: SharedStrings) throws -> Value? {
            switch type {
            case "s":
                guard let index = Int(text), (0..<sharedStrings.count).contains(index) else {
                    throw XLSXProblem("cell \(XLSXSheet.columnName(column))\(lastRow) names shared string \(text), which the workbook does not have")
                }
                let text = sharedStrings[index]
                return text.isEmpty ? nil : .text(text)
            case "b": return .text(text == "1" ? "TRUE" : "FALSE")
            case "e": return .error(text)
            case "str", "inlineStr": return text.isEmpty ? nil : .text(text)
            // t="d": an ISO 8601 date written as text.
            case "d": return text.isEmpty ? nil : .text(text)
            default: return text.isEmpty ? nil : .number(text)
            }
        }

        /// XFD: a sheet has 16,384 columns.
        static let lastColumnNumber = 16_384

        /// `C5` -> 2. Right of XFD, Excel's last column, a problem (and no overflow on a long reference).
        static func column(_ reference: String, row: Int) throws(XLSXProblem) -> Int? {
            var column = 0
            for scalar in reference.unicodeScalars {
                guard ("A"..."Z").contains(scalar) else { break }
                column = column * 26 + Int(scalar.value - 64)
                guard column <= lastColumnNumber else {
                    throw XLSXProblem("cell \(reference) is right of XFD, the last column of a sheet",
                                      hint: "save the sheet again from Excel", cell: (row: row, reference: reference))
                }
            }
            return column > 0 ? column - 1 : nil
        }
    }
}

/// Why a workbook cannot be read, in the user's words.
struct XLSXProblem: Error {
    var message: String
    var hint: String?
    /// The cell it is at, when it is at one: its row and its reference as the sheet writes it.
    var cell: (row: Int, reference: String)?

    init(_ message: String, hint: String? = nil, cell: (row: Int, reference: String)? = nil) {
        self.message = message
        self.hint = hint
        self.cell = cell
    }
}
