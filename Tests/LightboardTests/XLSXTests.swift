import Foundation
import XCTest
import ZIPFoundation
@testable import Lightboard

/// The .xlsx downloads (scripts/check-xlsx.py reads the sample's back with openpyxl in `make archive-check`).
final class XLSXTests: XCTestCase {
    func testCellsAreTypedAndTheHeaderBoldAndFrozen() {
        var sheet = XLSXSheet(header: ["id", "posts", "rate", "at"], types: [.text, .number, .number, .dateTime])
        sheet.append(["a&b <c>", "12", "", "2024-07-01T09:30:00+08:00"])
        sheet.append(["x\u{1}", "0", "72.4", ""])
        sheet.finish()
        let xml = String(decoding: sheet.xml, as: UTF8.self)
        XCTAssertTrue(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        XCTAssertTrue(xml.contains(#"<row r="1"><c r="A1" s="2" t="inlineStr"><is><t xml:space="preserve">id</t></is></c>"#))
        // 2024-07-01 is serial 45474; 09:30 is 0.3958333... of a day. The empty rate is no cell; the empty last cell a blank one.
        XCTAssertTrue(xml.contains(#"<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">a&amp;b &lt;c&gt;</t></is></c>"#
            + #"<c r="B2"><v>12</v></c><c r="D2" s="1"><v>45474.395833333336</v></c></row>"#), xml)
        XCTAssertTrue(xml.contains(#"<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">x\#u{FFFD}</t></is></c>"#
            + #"<c r="B3"><v>0</v></c><c r="C3"><v>72.4</v></c><c r="D3"/></row></sheetData></worksheet>"#), xml)
    }

    func testColumnNamesAndSerials() {
        XCTAssertEqual([0, 25, 26, 27, 701, 702].map(XLSXSheet.columnName), ["A", "Z", "AA", "AB", "ZZ", "AAA"])
        XCTAssertEqual(XLSXSheet.serial("1970-01-01T00:00:00+00:00"), "25569.0")
        XCTAssertEqual(XLSXSheet.serial("2024-07-01T12:00:00Z"), "45474.5")
        XCTAssertNil(XLSXSheet.serial("2024-07-01"))
    }

    func testTheWorkbookIsDeterministicWithFixedTimestamps() throws {
        let rows = [["id", "posts"], ["yinzhou", "3"]]
        let first = OpenDataRenderer.workbook("t.xlsx", rows: rows, types: ["string", "integer"], sheetName: "departments")
        Thread.sleep(forTimeInterval: 1.1)  // a timestamp taken from the clock would now differ
        XCTAssertEqual(first, OpenDataRenderer.workbook("t.xlsx", rows: rows, types: ["string", "integer"], sheetName: "departments"))
        let archive = try Archive(data: Data(first.bytes), accessMode: .read)
        XCTAssertEqual(archive.map(\.path), ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                             "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        XCTAssertEqual(Set(archive.map { $0.fileAttributes[.modificationDate] as? Date }), [XLSXWorkbook.timestamp])
        var workbook = Data()
        _ = try archive.extract(try XCTUnwrap(archive["xl/workbook.xml"])) { workbook.append($0) }
        XCTAssertTrue(String(decoding: workbook, as: UTF8.self).contains(#"<sheet name="departments" sheetId="1" r:id="rId1"/>"#))
    }

    func testAStreamedTableContinuesOnANewSheetPastExcelsRowLimit() throws {
        let folder = try TemporaryFolder(["posts.csv": "id,n\n" + (1...3).map { "p\($0),\($0)\n" }.joined()])
        let file = XLSXWorkbook.streamed(path: "posts.xlsx", csvFile: folder.path + "/posts.csv", types: [.text, .number],
                                         sheetName: "posts", rowsPerSheet: 2)
        let archive = try Archive(data: Data(try file.rendered().bytes), accessMode: .read)
        var workbook = Data(), second = Data()
        _ = try archive.extract(try XCTUnwrap(archive["xl/workbook.xml"])) { workbook.append($0) }
        _ = try archive.extract(try XCTUnwrap(archive["xl/worksheets/sheet2.xml"])) { second.append($0) }
        XCTAssertTrue(String(decoding: workbook, as: UTF8.self).contains(#"<sheet name="posts 2" sheetId="2" r:id="rId2"/>"#))
        let text = String(decoding: second, as: UTF8.self)
        XCTAssertTrue(text.contains(#"<c r="A1" s="2" t="inlineStr"><is><t xml:space="preserve">id</t>"#), text)
        XCTAssertTrue(text.contains(#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">p3</t></is></c><c r="B2"><v>3</v></c></row>"#), text)
    }
}
