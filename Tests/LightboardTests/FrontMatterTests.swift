import XCTest
@testable import Lightboard

final class FrontMatterTests: XCTestCase {
    private func split(_ text: String) -> (yaml: String?, body: String)? {
        var diagnostics = DiagnosticBag()
        let frontMatter = FrontMatter.split(text, file: "a.md", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.isEmpty, frontMatter != nil, "an error is reported exactly when nil is returned")
        return frontMatter.map { ($0.yaml, $0.body) }
    }

    func testWithoutFrontMatterTheWholeTextIsTheBody() throws {
        for text in ["", "\n", "# Title\n", "--\n---\n", "----\n---\n", "text\n---\nmore\n---\n", " -- -\n---\n"] {
            let split = try XCTUnwrap(split(text))
            XCTAssertNil(split.yaml, text)
            XCTAssertEqual(split.body, text)
        }
    }

    func testYAMLAndBody() {
        XCTAssertEqual(split("---\ntitle: x\n---\nBody\n")?.yaml, "title: x")
        XCTAssertEqual(split("---\ntitle: x\n---\nBody\n")?.body, "Body\n")
        XCTAssertEqual(split("---\na: 1\n\nb: 2\n---\n\n# H\ntext")?.yaml, "a: 1\n\nb: 2")
        XCTAssertEqual(split("---\na: 1\n\nb: 2\n---\n\n# H\ntext")?.body, "\n# H\ntext")
        XCTAssertEqual(split("---\n中文: 是\n---\n正文\n")?.yaml, "中文: 是")
        XCTAssertEqual(split("---\n中文: 是\n---\n正文\n")?.body, "正文\n")
    }

    func testEmptyParts() {
        XCTAssertEqual(split("---\n---\nBody")?.yaml, "")
        XCTAssertEqual(split("---\n---\nBody")?.body, "Body")
        XCTAssertEqual(split("---\ntitle: x\n---")?.body, "")
        XCTAssertEqual(split("---\ntitle: x\n---\n")?.body, "")
        XCTAssertEqual(split("---\n\n---\n\n")?.yaml, "")
        XCTAssertEqual(split("---\n\n---\n\n")?.body, "\n")
    }

    func testDelimitersMayHaveSpacesTabsAndCarriageReturnsAround() {
        // TextFile.read has turned CR LF into LF: a carriage return left is a lone one.
        XCTAssertEqual(split("---  \ntitle: x\n \t---\r \nBody")?.yaml, "title: x")
        XCTAssertEqual(split("---  \ntitle: x\n \t---\r \nBody")?.body, "Body")
        XCTAssertEqual(split("--- \ra: 1\n---\n")?.body, "--- \ra: 1\n---\n", "a lone CR does not end a line")
        XCTAssertEqual(split("\t--- \r \na: 1\n---\r")?.yaml, "a: 1")
        XCTAssertNil(split("- --\na: 1\n---\n")?.yaml)
        XCTAssertNil(split("---x\na: 1\n---\n")?.yaml)
        XCTAssertNil(split("---\u{301}\na: 1\n---\n")?.yaml, "a combining mark makes another character")
    }

    func testTheFirstLaterDelimiterClosesAndLaterOnesAreBody() {
        XCTAssertEqual(split("---\na: 1\n---\nBody\n---\nmore\n")?.yaml, "a: 1")
        XCTAssertEqual(split("---\na: 1\n---\nBody\n---\nmore\n")?.body, "Body\n---\nmore\n")
        XCTAssertEqual(split("---\na: '----'\n ---- \n---\n")?.yaml, "a: '----'\n ---- ")
    }

    func testUnclosedFrontMatterIsReportedOnLine1() {
        for text in ["---", "---\n", "---\ntitle: x\n", "---\ntitle: x", "---\n----\n-- -\n"] {
            var diagnostics = DiagnosticBag()
            XCTAssertNil(FrontMatter.split(text, file: "a.md", diagnostics: &diagnostics), text)
            XCTAssertEqual(diagnostics.diagnostics, [
                Diagnostic(file: "a.md", line: 1, message: "front matter is not closed", hint: #"end it with a line "---""#),
            ])
        }
    }

    /// The definition on lines of Characters that the byte scan replaces.
    private func splitByLines(_ text: String) -> (yaml: String?, body: String)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, String(first).trimmingSpaces == "---" else { return (nil, text) }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { String($0).trimmingSpaces == "---" }) else { return nil }
        return (lines[..<closing].joined(separator: "\n"), lines[(closing + 1)...].joined(separator: "\n"))
    }

    func testAgreesWithTheLineDefinitionOnRandomTexts() {
        let pieces = ["---", "-", " ", "\t", "\r", "\n", "\n", "\n---\n", "a: 1", "é", "中", "\u{301}", "#"]
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            // Only LF line breaks reach split (TextFile.read); a CR LF is one Character.
            if text.utf8.indices.contains(where: { text.utf8[$0...].starts(with: "\r\n".utf8) }) { continue }
            let expected = splitByLines(text), actual = split(text)
            XCTAssertEqual(actual?.yaml, expected?.yaml, text.debugDescription)
            XCTAssertEqual(actual?.body, expected?.body, text.debugDescription)
            XCTAssertEqual(actual == nil, expected == nil, text.debugDescription)
        }
    }
}

/// A seeded generator, so that a failing random text can be found again.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
