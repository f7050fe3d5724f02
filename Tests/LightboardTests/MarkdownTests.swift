import Foundation
import XCTest
@testable import Lightboard

final class MarkdownTests: XCTestCase {
    let safe = MarkdownRenderer()

    func testGFMTableRendersAsTable() {
        let html = safe.html(from: "| a | b |\n|---|--:|\n| 1 | 2 |\n")
        XCTAssertTrue(html.contains("<table>"), html)
        XCTAssertTrue(html.contains("<td class=\"align-right\">2</td>"), html)
        XCTAssertFalse(html.contains("align="), html)
    }

    func testStrikethroughAutolinkAndTaskList() {
        XCTAssertEqual(safe.html(from: "~~x~~"), "<p><del>x</del></p>\n")
        XCTAssertTrue(safe.html(from: "see https://example.org now").contains("<a href=\"https://example.org\">"))
        XCTAssertTrue(safe.html(from: "- [x] done\n").contains("type=\"checkbox\""))
    }

    func testChineseTextRoundTrips() {
        XCTAssertEqual(safe.html(from: "民生E点留言板：**绿灯** 72.4%"), "<p>民生E点留言板：<strong>绿灯</strong> 72.4%</p>\n")
    }

    func testSafeModeDropsScriptAndJavascriptLinks() {
        let html = safe.html(from: "Hi <script>alert(1)</script>\n\n<div onclick=\"x()\">d</div>\n\n[click](javascript:alert(1))")
        XCTAssertFalse(html.contains("<script"), html)
        XCTAssertFalse(html.contains("onclick"), html)
        XCTAssertFalse(html.contains("javascript:"), html)
    }

    func testUnsafeModeKeepsRawHTML() {
        let html = MarkdownRenderer(allowsUnsafeHTML: true).html(from: "<div class=\"note\">x</div>\n")
        XCTAssertEqual(html, "<div class=\"note\">x</div>\n")
    }

    /// cmark-gfm shares a global table between parsers; rendering from many
    /// threads at once must still give every document its exact output.
    func testConcurrentRenderingIsNotCorrupted() {
        let documents = (0..<2000).map { "~~struck \($0)~~ and *em* | a |\n|---|\n| \($0) |\n" }
        let expected = documents.map { safe.html(from: $0) }
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<String>.allocate(capacity: documents.count)
        results.initialize(repeating: "")
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            results[index] = MarkdownRenderer().html(from: documents[index])
        }
        XCTAssertEqual(Array(results), expected)
        XCTAssertTrue(expected.allSatisfy { $0.contains("<del>struck") })
    }
}
