import XCTest
@testable import Lightboard

final class CSVReaderTests: XCTestCase {
    /// Reads every record of `bytes` with each chunk size, checks all sizes agree, returns the records.
    private func read(_ bytes: [UInt8], chunkSizes: [Int] = Array(1...7) + [64, CSVReader.defaultChunkSize],
                      file: StaticString = #filePath, line: UInt = #line) throws -> (header: [String], records: [CSVRecord], diagnostics: [Diagnostic]) {
        let folder = try TemporaryFolder(bytes: ["data.csv": bytes])
        var results: [(header: [String], records: [CSVRecord], diagnostics: [Diagnostic])] = []
        for chunkSize in chunkSizes {
            do {
                var reader = try CSVReader(path: folder.file("data.csv"), displayPath: "data.csv", chunkSize: chunkSize)
                var records: [CSVRecord] = []
                while let record = reader.next() { records.append(record) }
                results.append((reader.header, records, reader.diagnostics))
            } catch {
                results.append(([], [], [error]))
            }
        }
        for (index, result) in results.enumerated().dropFirst() {
            XCTAssertEqual(result.header, results[0].header, "chunk size \(chunkSizes[index])", file: file, line: line)
            XCTAssertEqual(result.records, results[0].records, "chunk size \(chunkSizes[index])", file: file, line: line)
            XCTAssertEqual(result.diagnostics, results[0].diagnostics, "chunk size \(chunkSizes[index])", file: file, line: line)
        }
        return results[0]
    }

    private func read(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> (header: [String], records: [CSVRecord], diagnostics: [Diagnostic]) {
        try read(Array(text.utf8), file: file, line: line)
    }

    func testSimpleRecordsCarryTheirLines() throws {
        let result = try read("a,b\n1,2\n3,4\n")
        XCTAssertEqual(result.header, ["a", "b"])
        XCTAssertEqual(result.records, [CSVRecord(line: 2, fields: ["1", "2"]), CSVRecord(line: 3, fields: ["3", "4"])])
        XCTAssertEqual(result.diagnostics, [])
    }

    func testRowsOfOnlyCommasAreBlankLines() throws {
        let result = try read("a,b,c\n1,2,3\n,,\n,,\r\n4,,6\n,,\n")
        XCTAssertEqual(result.records, [CSVRecord(line: 2, fields: ["1", "2", "3"]), CSVRecord(line: 5, fields: ["4", "", "6"])])
        XCTAssertEqual(result.diagnostics, [])
    }

    func testHeaderNamesAreTrimmed() throws {
        XCTAssertEqual(try read(" id , name\t\n").header, ["id", "name"])
    }

    func testFinalLineWithoutLineBreak() throws {
        XCTAssertEqual(try read("a,b\n1,2").records, [CSVRecord(line: 2, fields: ["1", "2"])])
    }

    func testCRLFLineBreaks() throws {
        XCTAssertEqual(try read("a,b\r\n1,2\r\n3,4\r\n").records,
                       [CSVRecord(line: 2, fields: ["1", "2"]), CSVRecord(line: 3, fields: ["3", "4"])])
    }

    func testBOMIsSkipped() throws {
        let result = try read([0xEF, 0xBB, 0xBF] + Array("id,name\n1,x\n".utf8))
        XCTAssertEqual(result.header, ["id", "name"])
        XCTAssertEqual(result.records, [CSVRecord(line: 2, fields: ["1", "x"])])
    }

    func testFileWithOnlyABOMHasNoHeader() throws {
        XCTAssertEqual(try read([0xEF, 0xBB, 0xBF]).diagnostics,
                       [Diagnostic(file: "data.csv", line: 1, message: "empty file, expected a header row")])
    }

    func testQuotedFieldsWithCommasAndQuotes() throws {
        XCTAssertEqual(try read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n").records,
                       [CSVRecord(line: 2, fields: ["x, y", "say \"hi\""])])
    }

    func testEmptyQuotedFieldAndEmptyFields() throws {
        XCTAssertEqual(try read("a,b,c\n\"\",,x\n").records, [CSVRecord(line: 2, fields: ["", "", "x"])])
        // A row whose fields are all empty, quoted or not, says nothing: it is a blank line.
        XCTAssertEqual(try read("a,b,c\n\"\",,\n").records, [])
    }

    func testEmbeddedLineBreaksShiftTheFollowingLines() throws {
        let result = try read("a,b\n1,\"two\nlines\"\n2,\"three\r\nmore\r\nlines\"\r\n3,x\n")
        XCTAssertEqual(result.records, [
            CSVRecord(line: 2, fields: ["1", "two\nlines"]),
            CSVRecord(line: 4, fields: ["2", "three\nmore\nlines"]),
            CSVRecord(line: 7, fields: ["3", "x"]),
        ])
    }

    func testBlankLinesAreSkippedButCounted() throws {
        XCTAssertEqual(try read("a\n\n1\r\n\r\n2\n\n").records,
                       [CSVRecord(line: 3, fields: ["1"]), CSVRecord(line: 5, fields: ["2"])])
    }

    func testTrailingCommaIsTolerated() throws {
        XCTAssertEqual(try read("a,b\n1,2,\n").records, [CSVRecord(line: 2, fields: ["1", "2"])])
    }

    func testWrongFieldCountIsReportedAndSkipped() throws {
        let result = try read("a,b\n1,2,3\n4\n5,6\n")
        XCTAssertEqual(result.records, [CSVRecord(line: 4, fields: ["5", "6"])])
        XCTAssertEqual(result.diagnostics, [
            Diagnostic(file: "data.csv", line: 2, message: "expected 2 fields, found 3", hint: "quote fields that contain commas"),
            Diagnostic(file: "data.csv", line: 3, message: "expected 2 fields, found 1"),
        ])
    }

    func testUnterminatedQuoteIsReportedAtTheRecordStart() throws {
        let result = try read("a,b\n1,2\n3,\"open\nstill open\n")
        XCTAssertEqual(result.records, [CSVRecord(line: 2, fields: ["1", "2"])])
        XCTAssertEqual(result.diagnostics, [Diagnostic(
            file: "data.csv", line: 3, message: "unterminated quoted field",
            hint: #"close the field with a quote (write "" for a quote inside it)"#)])
    }

    func testInvalidUTF8NamesTheFirstBadLineAndStops() throws {
        let result = try read(Array("a,b\n1,ok\n2,\"x\ny".utf8) + [0xFF] + Array("\"\n3,\u{FF}\n".utf8))
        XCTAssertEqual(result.records, [CSVRecord(line: 2, fields: ["1", "ok"])])
        XCTAssertEqual(result.diagnostics, [Diagnostic(file: "data.csv", line: 4, message: "the file is not valid UTF-8",
                                                       hint: #"re-save the file as "CSV UTF-8" (spreadsheets often export GBK)"#)])
    }

    /// A record is checked as a whole: the bad line counts the quoted line breaks of the fields before.
    func testInvalidUTF8InALaterFieldOfAMultiLineRecord() throws {
        let result = try read(Array("a,b,c\n\"x\r\ny\",\"p\nq\nr".utf8) + [0xC0, 0x80] + Array("\",z\n4,5,6\n".utf8))
        XCTAssertEqual(result.records, [])
        XCTAssertEqual(result.diagnostics, [Diagnostic(file: "data.csv", line: 5, message: "the file is not valid UTF-8",
                                                       hint: #"re-save the file as "CSV UTF-8" (spreadsheets often export GBK)"#)])
    }

    /// Invalid UTF-8 before an unterminated quote is what the reader reports.
    func testInvalidUTF8BeforeAnUnterminatedQuote() throws {
        let result = try read(Array("a,b\n1,2\n".utf8) + [0xE4, 0xB8] + Array(",\"open\n".utf8))
        XCTAssertEqual(result.records, [CSVRecord(line: 2, fields: ["1", "2"])])
        XCTAssertEqual(result.diagnostics, [Diagnostic(file: "data.csv", line: 3, message: "the file is not valid UTF-8",
                                                       hint: #"re-save the file as "CSV UTF-8" (spreadsheets often export GBK)"#)])
    }

    /// Extra fields are dropped when empty; the rows passed on have the header's field count.
    func testRowsGiveFieldBytes() throws {
        let folder = try TemporaryFolder(bytes: ["data.csv": Array("a,b\n\"宁,波\",\n1,2,,\n".utf8)])
        var reader = try CSVReader(path: folder.file("data.csv"), displayPath: "data.csv")
        var rows: [[String]] = []
        while let fields = reader.withNextRow({ row in (0..<row.count).map { String(decoding: row[$0], as: UTF8.self) } }) {
            rows.append(fields)
        }
        XCTAssertEqual(rows, [["宁,波", ""], ["1", "2"]])
        XCTAssertEqual(reader.diagnostics, [])
    }

    func testUTF8ValidationAcrossASCIIRuns() {
        let ascii = Array("0123456789abcdefg".utf8)  // 17 bytes: two words of eight, then one
        XCTAssertNil(UTF8Validation.firstInvalidOffset(in: ascii))
        XCTAssertEqual(UTF8Validation.firstInvalidOffset(in: ascii + [0xFF]), 17)
        XCTAssertEqual(UTF8Validation.firstInvalidOffset(in: Array(ascii[..<7]) + [0x80] + ascii), 7)
        XCTAssertNil(UTF8Validation.firstInvalidOffset(in: ascii + Array("宁波".utf8) + ascii))
        XCTAssertEqual(UTF8Validation.firstInvalidOffset(in: ascii + Array("宁".utf8) + ascii + [0xE6, 0xB3]), 37)
        XCTAssertEqual(UTF8Validation.firstInvalidOffset(in: ascii + [0xED, 0xA0, 0x80] + ascii), 17)  // a surrogate
    }

    /// UTF-8 checks of three-byte sequences (the Chinese fast path) and of the
    /// three-byte leads it leaves to the general rules (E0, ED).
    func testUTF8ValidationOfThreeByteSequences() {
        let text = Array("宁波市鄞州区，谢谢".utf8)
        XCTAssertNil(UTF8Validation.firstInvalidOffset(in: text))
        XCTAssertEqual(UTF8Validation.firstInvalidOffset(in: Array(text[..<6]) + [0xE5, 0x41, 0x80] + text), 6)  // ASCII as continuation
        XCTAssertEqual(UTF8Validation.firstInvalidOffset(in: Array(text[..<3]) + [0xE5, 0xAE]), 3)  // cut at the end
        XCTAssertNil(UTF8Validation.firstInvalidOffset(in: [0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEF, 0xBF, 0xBF]))
        XCTAssertEqual(UTF8Validation.firstInvalidOffset(in: text + [0xE0, 0x9F, 0xBF]), text.count)  // overlong
    }

    /// The word-at-a-time checks against the standard library's validation, on
    /// random mixes of ASCII, Chinese, other sequences and stray bytes: the first
    /// invalid offset is where the longest valid prefix ends.
    func testUTF8ValidationAgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = ["a", ",", "0123456789", "宁", "波", "，", "é", "𝄞", "\u{E000}", "\u{D7FF}", "\u{800}"].map { Array($0.utf8) }
            + [[0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0x80], [0x80], [0xBF], [0xE5], [0xE5, 0xAE],
               [0xF0, 0x9F], [0xFF], [0xEF, 0xBF]]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += Int.random(in: 0..<3, using: &generator) == 0 ? pieces.randomElement(using: &generator)!
                                                                         : Array("宁波市".utf8)
            }
            let expected = (0...bytes.count).last { String(validating: bytes[..<$0], as: UTF8.self) != nil }!
            XCTAssertEqual(UTF8Validation.firstInvalidOffset(in: bytes), expected == bytes.count ? nil : expected, "\(bytes)")
        }
    }

    /// Unquoted records that lie in one chunk are split where they lie (sixteen
    /// bytes at a time); everything else goes through the byte loop. Both must
    /// agree (`read` compares chunk sizes 1 to 7, where no record fits, with
    /// larger ones), also for delimiters at every offset of a sixteen-byte block.
    func testLongRecordsAgreeAcrossChunkSizes() throws {
        var text = "a,b,c\n"
        var expected: [CSVRecord] = []
        for length in 0..<40 {
            let field = String(repeating: "x", count: length)
            let chinese = String(repeating: "宁", count: length / 3)
            text += "\(field),\(chinese)\(field),\(length)\n"
            expected.append(CSVRecord(line: expected.count + 2, fields: [field, chinese + field, "\(length)"]))
        }
        text += "0123456789abcdefghij,x\"y\"z,\"quoted, with \"\"quotes\"\"\"\r"  // stray quotes, CR line break
        text += "\n0123456789abcdefghij,,\r\n"  // LF after CR, CRLF
        text += "\r\n\n0123456789abcdefghijklmnop,q,r,,\n"  // blank lines, trailing empty field
        text += "0123456789abcdefghijklmnop,q,r,s\n"  // too many fields
        text += "last,line,without break"
        let result = try read(text)
        XCTAssertEqual(result.records, expected + [
            CSVRecord(line: 42, fields: ["0123456789abcdefghij", "x\"y\"z", "quoted, with \"quotes\""]),
            CSVRecord(line: 43, fields: ["0123456789abcdefghij", "", ""]),
            CSVRecord(line: 46, fields: ["0123456789abcdefghijklmnop", "q", "r"]),
            CSVRecord(line: 48, fields: ["last", "line", "without break"]),
        ])
        XCTAssertEqual(result.diagnostics, [Diagnostic(file: "data.csv", line: 47, message: "expected 3 fields, found 4",
                                                       hint: "quote fields that contain commas")])
    }

    func testInvalidUTF8InALongUnquotedRecord() throws {
        let result = try read(Array("a,b\n0123456789abcdefghij,宁波\n0123456789abcdefghij,宁".utf8) + [0xE6, 0xB3]
                              + Array("波\n1,2\n".utf8))
        XCTAssertEqual(result.records, [CSVRecord(line: 2, fields: ["0123456789abcdefghij", "宁波"])])
        XCTAssertEqual(result.diagnostics, [Diagnostic(file: "data.csv", line: 3, message: "the file is not valid UTF-8",
                                                       hint: #"re-save the file as "CSV UTF-8" (spreadsheets often export GBK)"#)])
    }

    func testGBKHeaderIsRejected() throws {
        // "编号,名称" in GBK.
        let gbk: [UInt8] = [0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xC3, 0xFB, 0xB3, 0xC6, 0x0A]
        XCTAssertEqual(try read(gbk).diagnostics, [Diagnostic(file: "data.csv", line: 1, message: "the file is not valid UTF-8",
                                                              hint: #"re-save the file as "CSV UTF-8" (spreadsheets often export GBK)"#)])
    }

    func testMultiByteCharactersAcrossChunkBoundaries() throws {
        XCTAssertEqual(try read("名称,说明\n宁波,\"市,区\"\n").records, [CSVRecord(line: 2, fields: ["宁波", "市,区"])])
    }

    func testMissingFileIsAnError() {
        XCTAssertThrowsError(try CSVReader(path: "/nonexistent/x.csv", displayPath: "x.csv")) { error in
            XCTAssertEqual(error as? Diagnostic, Diagnostic(file: "x.csv", line: 1, message: "cannot read file"))
        }
    }

    func testColumnsAreFoundInAnyOrderAndUnknownOnesIgnored() {
        var bag = DiagnosticBag()
        let columns = CSVColumns(header: ["extra", "name", "id"], required: ["id", "name"], optional: ["note"], file: "d.csv", diagnostics: &bag)
        XCTAssertEqual(columns?["id"], 2)
        XCTAssertEqual(columns?["name"], 1)
        XCTAssertNil(columns?["note"])
        XCTAssertNil(columns?["extra"])
        XCTAssertEqual(bag.diagnostics, [])
    }

    func testMissingRequiredColumnsAreReportedAtLineOne() {
        var bag = DiagnosticBag()
        XCTAssertNil(CSVColumns(header: ["ID", "nmae"], required: ["id", "name"], file: "d.csv", diagnostics: &bag))
        XCTAssertEqual(bag.diagnostics, [
            Diagnostic(file: "d.csv", line: 1, message: #"missing required column "id""#, hint: #"rename column "ID" to "id""#),
            Diagnostic(file: "d.csv", line: 1, message: #"missing required column "name""#, hint: #"rename column "nmae" to "name""#),
        ])
    }
}
