import Foundation
import XCTest
import ZIPFoundation
@testable import Lightboard

/// posts.xlsx, adjustments.xlsx and departments.xlsx read as the CSV files are (issue 13,
/// docs/content.md "Spreadsheets").
final class XLSXInputTests: XCTestCase {
    // MARK: - Same results as the CSV

    /// The Pingshan example with a few adjustments, once from CSV and once from workbooks made of
    /// the same CSV with the project's xlsx writer: numbers as numbers, posted_at, accepted_at,
    /// settled_at and the adjustments' dates as Excel serial dates, replied_at as text dates.
    func testWorkbooksGiveTheSameOpenDataAsTheCSV() throws {
        let work = try makeTemporaryFolder(self, prefix: "xlsx-same")
        let csvContent = work.appendingPathComponent("csv"), xlsxContent = work.appendingPathComponent("xlsx")
        for folder in [csvContent, xlsxContent] {
            try FileManager.default.copyItem(at: LightboardBinary.repository.appendingPathComponent("examples/pingshan-district"), to: folder)
            try Data("""
                department,date,kind,points,reason,source
                pingshan-street,2024-04-02,bonus,1.5,网民点赞,netizen
                kengzi-street,2024-06-30,penalty,2,"承诺未兑现,见报",media

                """.utf8).write(to: folder.appendingPathComponent("quarters/2024-Q2/adjustments.csv"))
        }
        let tables = [("departments", Set<String>(), Set<String>()),
                      ("quarters/2024-Q2/adjustments", ["points"], ["date"]),
                      ("quarters/2024-Q2/posts", ["rating_speed", "rating_effect", "rating_service", "rating_system"],
                       ["posted_at", "accepted_at", "settled_at"])]
        for (table, numbers, dates) in tables {
            let csv = xlsxContent.appendingPathComponent(table + ".csv")
            try Data(workbook(fromCSV: csv.path, numbers: numbers, dates: dates)).write(to: xlsxContent.appendingPathComponent(table + ".xlsx"))
            try FileManager.default.removeItem(at: csv)
        }
        let fromCSV = try LightboardBinary.build(content: csvContent, output: work.appendingPathComponent("site-csv"))
        let fromXLSX = try LightboardBinary.build(content: xlsxContent, output: work.appendingPathComponent("site-xlsx"))
        XCTAssertEqual(fromCSV.status, 0, fromCSV.err)
        XCTAssertEqual(fromXLSX.status, 0, fromXLSX.err)
        let data = try FolderSnapshot(work.appendingPathComponent("site-csv/data")).entries.mapValues(\.bytes)
        XCTAssertEqual(try FolderSnapshot(work.appendingPathComponent("site-xlsx/data")).entries.mapValues(\.bytes), data)
        XCTAssertNotNil(data["2024-q2/summary.json"] ?? nil)
        let summary = try String(contentsOf: work.appendingPathComponent("site-xlsx/data/2024-q2/departments.csv"), encoding: .utf8)
        XCTAssertTrue(summary.contains(",1.5,"), "the bonus of the adjustments sheet counts")
    }

    /// A sheet of `csvFile`: `numbers` columns as numbers, `dates` as serial dates (days since
    /// 1899-12-30, the time as a fraction), everything else as inline text.
    private func workbook(fromCSV csvFile: String, numbers: Set<String>, dates: Set<String>) throws -> [UInt8] {
        var reader = try CSVReader(path: csvFile, displayPath: csvFile)
        let types: [XLSXSheet.CellType] = reader.header.map { numbers.contains($0) || dates.contains($0) ? .number : .text }
        var sheet = XLSXSheet(header: reader.header, types: types)
        while let record = reader.next() {
            sheet.append(zip(reader.header, record.fields).map { name, field in
                dates.contains(name) && !field.isEmpty ? Self.serial(field) : field
            })
        }
        return try XLSXWorkbook.bytes(sheet, name: "Sheet1")
    }

    /// `2024-07-01` -> `45474`, `2024-07-01T09:00` -> `45474.375`.
    private static func serial(_ text: String) -> String {
        let day = Day(iso: text.prefix(10))!
        guard text.count >= 16 else { return String(day.ordinal + 25_569) }
        let parts = text.dropFirst(11).split(separator: ":").map { Int($0)! }
        return (Double(day.ordinal + 25_569) + Double(parts[0] * 3600 + parts[1] * 60) / 86_400).description
    }

    // MARK: - What Excel stores

    func testExcelSerialDatesOfBothDateSystems() {
        XCTAssertEqual(ExcelSerial("45474", uses1904: false)?.day.description, "2024-07-01")
        XCTAssertEqual(ExcelSerial("45474.375", uses1904: false)?.timestampText, "2024-07-01T09:00:00")
        // 23:59:59.6 rounds to the next day's midnight.
        XCTAssertEqual(ExcelSerial("45474.99999537", uses1904: false)?.timestampText, "2024-07-02T00:00:00")
        XCTAssertEqual(ExcelSerial("1", uses1904: false)?.day.description, "1900-01-01")
        XCTAssertEqual(ExcelSerial("59", uses1904: false)?.day.description, "1900-02-28")
        XCTAssertNil(ExcelSerial("60", uses1904: false), "Excel's 29 February 1900 never was")
        XCTAssertEqual(ExcelSerial("61", uses1904: false)?.day.description, "1900-03-01")
        XCTAssertEqual(ExcelSerial("0", uses1904: true)?.day.description, "1904-01-01")
        XCTAssertEqual(ExcelSerial("44012", uses1904: true)?.day.description, "2024-07-01")
        XCTAssertNil(ExcelSerial("0", uses1904: false))
        XCTAssertNil(ExcelSerial("x", uses1904: false))
    }

    /// Shared strings (with a rich-text run and a phonetic reading), inline strings, a formula's
    /// text, a boolean, an error, a 1904 workbook, gaps between cells and rows, a sheet named in Chinese.
    func testCellsAsExcelStoresThem() throws {
        let file = try writeWorkbook(sheetName: "留言", date1904: true, sharedStrings: [
            "<si><t>id</t></si>", "<si><t>when</t></si>", "<si><r><rPr><b/></rPr><t>A &amp; </t></r><r><t>B</t></r><rPh><t>ふりがな</t></rPh></si>",
            "<si><t xml:space=\"preserve\"> note </t></si>",
        ], rows: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>44012.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c></row>
            <row r="4"><c r="A4" t="inlineStr"><is><t>p&lt;4&gt;</t></is></c><c r="B4" t="str"><f>TEXT(1)</f><v>2024-07-01T09:00</v></c><c r="D4"><v>12345</v></c></row>
            <row r="5"><c r="A5"/></row>
            """)
        let table = try SpreadsheetTable(path: file, displayPath: "t.xlsx", timestampColumns: ["when"])
        XCTAssertEqual(table.header, ["id", "when", "", "note"])
        var records: [CSVRecord] = []
        var problems = DiagnosticBag()
        try table.forEachRecord(diagnostics: &problems) { records.append($0) }
        XCTAssertEqual(records, [
            CSVRecord(line: 2, fields: ["A & B", "2024-07-01T12:00:00", "TRUE", "#N/A"]),
            CSVRecord(line: 4, fields: ["p<4>", "2024-07-01T09:00", "", "12345"]),
        ])
        XCTAssertTrue(problems.isEmpty)
    }

    func testHeaderCellsWrittenOutOfOrderAreReadByTheirColumns() throws {
        let file = try writeWorkbook(sheetName: "Sheet1", date1904: false, sharedStrings: ["<si><t>a</t></si>", "<si><t>c</t></si>"], rows: """
            <row r="1"><c r="C1" t="s"><v>1</v></c><c r="A1" t="s"><v>0</v></c></row>
            <row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row>
            """)
        let table = try SpreadsheetTable(path: file, displayPath: "t.xlsx")
        XCTAssertEqual(table.header, ["a", "", "c"])
        var records: [CSVRecord] = []
        var problems = DiagnosticBag()
        try table.forEachRecord(diagnostics: &problems) { records.append($0) }
        XCTAssertEqual(records, [CSVRecord(line: 2, fields: ["1", "", "3"])])
    }

    func testACellRightOfTheLastColumnIsAProblemAtItsCell() throws {
        // XFD (16,384) is the last column; XFE one too far, and 20 letters would overflow an Int.
        for (reference, row) in [("XFE2", 2), ("AAAAAAAAAAAAAAAAAAAA1", 1)] {
            let file = try writeWorkbook(sheetName: "Sheet1", date1904: false, sharedStrings: ["<si><t>a</t></si>"], rows: """
                <row r="1"><c r="A1" t="s"><v>0</v></c>\(row == 1 ? "<c r=\"\(reference)\"><v>9</v></c>" : "")</row>
                <row r="2"><c r="A2"><v>1</v></c>\(row == 2 ? "<c r=\"\(reference)\"><v>9</v></c>" : "")</row>
                """)
            let expected = "t.xlsx:Sheet1!\(reference): error: cell \(reference) is right of XFD, the last column of a sheet\n"
                + "    hint: save the sheet again from Excel"
            do {
                let table = try SpreadsheetTable(path: file, displayPath: "t.xlsx")
                var problems = DiagnosticBag()
                try table.forEachRecord(diagnostics: &problems) { _ in }
                XCTFail("no problem for \(reference)")
            } catch {
                XCTAssertEqual(error.description, expected)
            }
        }
    }

    // MARK: - Errors at FILE:SHEET!CELL

    func testErrorsNameTheSheetAndTheCellAllAtOnce() throws {
        let header = ContractConformanceTests.postsHeader.dropLast().split(separator: ",").map(String.init)
        func sheet(_ rows: [[String]], header: [String]) throws -> [UInt8] {
            var sheet = XLSXSheet(header: header, types: header.map { _ in .text })
            rows.forEach { sheet.append($0) }
            return try XLSXWorkbook.bytes(sheet, name: "Sheet1")
        }
        var files = ContractConformanceTests.base
        files["quarters/2024-Q3/posts.csv"] = nil
        files["departments.csv"] = nil
        let run = try buildWorkbooks(files, workbooks: [
            "quarters/2024-Q3/posts.xlsx": try sheet([["p1", "board", "x", "inquiry", "2024/7/1 09:00", "", ""],
                                                       ["p2", "board", "a", "inquiry", "2024-07-01T09:00", "", ""]], header: header),
            "quarters/2024-Q3/adjustments.xlsx": try sheet([["a", "2024-07-02", "bonnus", "1", "r", "s"]],
                                                           header: ["department", "date", "kind", "points", "reason", "source"]),
            "departments.xlsx": try sheet([["a", "甲", "A"], ["B", "乙", "B"]], header: ["id", "name", "name_en"]),
        ])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.err.split(separator: "\n").map(String.init), [
            "Content/departments.xlsx:Sheet1!A3: error: invalid department id \"B\"",
            "    hint: use lower-case letters a-z, digits and hyphens, starting with a letter or digit",
            "Content/quarters/2024-Q3/adjustments.xlsx:Sheet1!C2: error: invalid kind \"bonnus\"",
            "    hint: expected bonus or penalty",
            "Content/quarters/2024-Q3/posts.xlsx:Sheet1!E2: error: invalid posted_at \"2024/7/1 09:00\"",
            "    hint: \(PostsValidator.timestampHint)",
            "Content/quarters/2024-Q3/posts.xlsx:Sheet1!C2: error: unknown department \"x\"",
            "    hint: did you mean \"a\"?",
            "lightboard: 4 errors; nothing was written to Site/.",
        ])
    }

    func testAMissingColumnIsReportedAtTheHeaderRowAndBothFormatsAtOnceIsAnError() throws {
        var sheet = XLSXSheet(header: ["department", "date"], types: [.text, .text])
        sheet.append(["a", "2024-07-02"])
        let run = try buildWorkbooks(ContractConformanceTests.base, workbooks: [
            "quarters/2024-Q3/adjustments.xlsx": try XLSXWorkbook.bytes(sheet, name: "Sheet1"),
            "quarters/2024-Q3/posts.xlsx": Array("not a zip".utf8),
        ])
        let errors = run.err.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(errors, [
            "Content/quarters/2024-Q3/adjustments.xlsx:Sheet1!1:1: error: missing required column \"kind\"",
            "Content/quarters/2024-Q3/adjustments.xlsx:Sheet1!1:1: error: missing required column \"points\"",
            "Content/quarters/2024-Q3/adjustments.xlsx:Sheet1!1:1: error: missing required column \"reason\"",
            "Content/quarters/2024-Q3/adjustments.xlsx:Sheet1!1:1: error: missing required column \"source\"",
            "Content/quarters/2024-Q3/posts.xlsx: error: both posts.csv and posts.xlsx",
        ])
    }

    func testPostsHeaderProblemsAreAtTheHeaderRowAndADuplicateIdNamesItsRow() throws {
        let header = ContractConformanceTests.postsHeader.dropLast().split(separator: ",").map(String.init)
        func posts(_ rows: [[String]], header: [String]) throws -> [UInt8] {
            var sheet = XLSXSheet(header: header, types: header.map { _ in .text })
            rows.forEach { sheet.append($0) }
            return try XLSXWorkbook.bytes(sheet, name: "Sheet1")
        }
        var files = ContractConformanceTests.base
        files["quarters/2024-Q3/posts.csv"] = nil
        let withoutCategory = try buildWorkbooks(files, workbooks: [
            "quarters/2024-Q3/posts.xlsx": try posts([], header: header.filter { $0 != "category" }),
        ])
        XCTAssertEqual(withoutCategory.err.split(separator: "\n").filter { $0.contains(": error: ") },
                       ["Content/quarters/2024-Q3/posts.xlsx:Sheet1!1:1: error: missing required column \"category\""])
        let duplicate = try buildWorkbooks(files, workbooks: [
            "quarters/2024-Q3/posts.xlsx": try posts([["p1", "board", "a", "inquiry", "2024-07-01T09:00", "", ""],
                                                      ["p1", "board", "a", "inquiry", "2024-07-01T10:00", "", ""]], header: header),
        ])
        XCTAssertEqual(duplicate.err.split(separator: "\n").prefix(2).map(String.init), [
            "Content/quarters/2024-Q3/posts.xlsx:Sheet1!A3: error: duplicate id \"p1\"",
            "    hint: first used in row 2",
        ])
    }

    func testAFileThatIsNoWorkbookIsToldSo() throws {
        var files = ContractConformanceTests.base
        files["quarters/2024-Q3/posts.csv"] = nil
        let run = try buildWorkbooks(files, workbooks: ["quarters/2024-Q3/posts.xlsx": Array("id,channel\n".utf8)])
        XCTAssertEqual(run.err.split(separator: "\n").map(String.init), [
            "Content/quarters/2024-Q3/posts.xlsx: error: not an .xlsx workbook (it is not a zip archive)",
            "    hint: save it from Excel as \"Excel Workbook (.xlsx)\"",
            "lightboard: 1 error; nothing was written to Site/.",
        ])
    }

    // MARK: - Helpers

    private func buildWorkbooks(_ files: [String: String], workbooks: [String: [UInt8]]) throws -> ContractRun {
        try buildContent(files, bytes: workbooks)
    }

    private func writeWorkbook(sheetName: String, date1904: Bool, sharedStrings: [String], rows: String) throws -> String {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts = [
            ("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="\#(main)" xmlns:r="\#(relationships)">"#
                + (date1904 ? #"<workbookPr date1904="1"/>"# : "") + #"<sheets><sheet name="\#(sheetName)" sheetId="1" r:id="rId7"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + #"<Relationship Id="rId7" Type="\#(relationships)/worksheet" Target="worksheets/data.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", #"<sst xmlns="\#(main)" count="\#(sharedStrings.count)">"# + sharedStrings.joined() + "</sst>"),
            ("xl/worksheets/data.xml", #"<worksheet xmlns="\#(main)"><sheetData>"# + rows + "</sheetData></worksheet>"),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let file = try makeTemporaryFolder(self, prefix: "xlsx-cells").appendingPathComponent("t.xlsx")
        try XCTUnwrap(archive.data).write(to: file)
        return file.path
    }
}
