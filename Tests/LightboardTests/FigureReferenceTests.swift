import Foundation
@testable import Lightboard
import XCTest

/// `{{figure NAME}}` in narratives and complex issues, and figures typed by hand (issue 13,
/// docs/content.md "Figures in the text"). Expected figures are computed by hand.
final class FigureReferenceTests: XCTestCase {
    private let header = ContractConformanceTests.postsHeader
    /// 2024-Q3, both channels assessed (no `assessment` in site.yml): 4 posts, 3 accepted, 2 replied,
    /// green 2, red 1: acceptance 75.0%, reply 50.0%, green 66.7%, red 33.3%; the mailbox 1 of 1 replied.
    private var posts: String {
        header + """
            p1,board,a,inquiry,2024-07-01T09:00,2024-07-01T10:00,2024-07-02T09:00
            p2,board,a,inquiry,2024-07-01T09:00,2024-07-01T10:00,
            p3,board,b,inquiry,2024-07-01T09:00,,
            p4,mailbox,b,inquiry,2024-07-01T09:00,2024-07-01T10:00,2024-07-01T11:00

            """
    }
    /// 2023-Q3, a year earlier: 1 post, green. Against it: posts +3 (+300.0%), green rate 66.7 − 100 = −33.3 points.
    private var yearEarlier: [String: String] {
        ["calendar/2023.yml": "holidays: []\n",
         "quarters/2023-Q3/quarter.yml": "as_of: 2023-10-16\npublished: 2023-10-20\n",
         "quarters/2023-Q3/posts.csv": header + "q1,board,a,inquiry,2023-07-03T09:00,2023-07-03T10:00,2023-07-03T11:00\n"]
    }

    private func build(_ changes: [String: String]) throws -> ContractRun {
        var files = ContractConformanceTests.base
        files["quarters/2024-Q3/posts.csv"] = posts
        for (path, text) in changes { files[path] = text }
        return try buildContent(files)
    }

    /// The text of the page's narrative section, tags removed.
    private func narrative(_ run: ContractRun, _ language: String) throws -> String {
        let html = try run.text("\(language)/2024-q3/index.html")
        let paragraph = try XCTUnwrap(html.range(of: "<p>FIG "), html)
        return String(html[paragraph.lowerBound...].prefix { $0 != "\n" })
    }

    // MARK: - Figures written as the pages write them

    func testAFigureIsWrittenAsThePageShowsIt() throws {
        let run = try build([
            "quarters/2024-Q3/narrative.md": "FIG 共{{figure posts}}条，绿灯率{{figure green_rate}}，信箱回复率{{ figure channels.mailbox.reply_rate }}，"
                + "红灯{{figure lights.red}}条，截至{{figure as_of}}，变化{{figure departments_all_green_change}}。\n",
            "quarters/2024-Q3/narrative.en.md": "FIG As of {{figure as_of}}: {{figure reply_rate}} replied.\n",
        ])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try narrative(run, "zh"), "<p>FIG 共4条，绿灯率66.7%，信箱回复率100.0%，红灯1条，截至2024年10月15日，变化—。</p>")
        XCTAssertEqual(try narrative(run, "en"), "<p>FIG As of 15 October 2024: 50.0% replied.</p>")
    }

    func testChangesAgainstAYearEarlierCarryTheirSignAndUnitInEachLanguage() throws {
        let text = "FIG {{figure year_over_year.posts.change}} {{figure year_over_year.posts.change_pct}} "
            + "{{figure year_over_year.green_rate.change}} {{figure year_over_year.green_rate.previous}}\n"
        let run = try build(yearEarlier.merging(["quarters/2024-Q3/narrative.md": text, "quarters/2024-Q3/narrative.en.md": text]) { $1 })
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try narrative(run, "zh"), "<p>FIG +3 +300.0% \u{2212}33.3个百分点 100.0%</p>")
        XCTAssertEqual(try narrative(run, "en"), "<p>FIG +3 +300.0% \u{2212}33.3 pp 100.0%</p>")
    }

    func testAFigureIsPutIntoTheHTMLAndNeverReadAsMarkdown() {
        let figures = ["departments": "12", "marked": "<b>*1*</b> & 2"]
        func html(_ markdown: String) -> String {
            FigureReferences.html(from: markdown, render: MarkdownRenderer().html(from:)) { figures[$0] ?? "" }
        }
        // Substituted in the source, "12. " at a line start was an ordered list.
        XCTAssertEqual(html("{{figure departments}}. 个部门"), "<p>12. 个部门</p>\n")
        XCTAssertEqual(html("**{{figure departments}}**个 {{figure marked}}"), "<p><strong>12</strong>个 &lt;b&gt;*1*&lt;/b&gt; &amp; 2</p>\n")
    }

    func testAReferenceInCodeStaysAsWritten() {
        func html(_ markdown: String) -> String {
            FigureReferences.html(from: markdown, render: MarkdownRenderer().html(from:)) { _ in "12" }
        }
        XCTAssertEqual(html("写 `{{figure departments}}` 得 {{figure departments}}\n\n```\n{{ figure departments }}\n```\n"),
                       "<p>写 <code>{{figure departments}}</code> 得 12</p>\n<pre><code>{{ figure departments }}\n</code></pre>\n")
    }

    func testAComplexIssueNamesFiguresToo() throws {
        let run = try build(["quarters/2024-Q3/complex-issues/c1.md": "---\ntitle: 问题\nlead: a\nresolved: 2024-08-01\n---\n\nFIG 绿灯{{figure lights.green}}条\n"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(try run.text("zh/2024-q3/complex/c1/index.html").contains("<p>FIG 绿灯2条</p>"))
    }

    /// Markdown is rendered by cmark-gfm and given to Mustache as a finished value: other `{{` stay text.
    func testOtherDoubleBracesAreTextNotMustache() throws {
        let run = try build(["quarters/2024-Q3/narrative.md": "FIG {{title}} {{#links}}x{{/links}} {{figure posts}}\n"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try narrative(run, "zh"), "<p>FIG {{title}} {{#links}}x{{/links}} 4</p>")
    }

    // MARK: - Errors, all at once, at the line of the Markdown file

    func testUnknownAndMalformedReferencesAreErrorsAtTheirFileLines() throws {
        let run = try build([
            "quarters/2024-Q3/narrative.md": "# 标题\n\n绿灯率{{figure gren_rate}}，{{figure settle_rate}}\n",
            "quarters/2024-Q3/narrative.en.md": "{{figure}} and {{figure green rate}}\n",
            "quarters/2024-Q3/complex-issues/c1.md": "---\ntitle: 问题\nlead: a\nresolved: 2024-08-01\n---\n\n红灯{{figure lights.rde}}条\n",
            "pages/about.md": "---\ntitle: 关于\n---\n{{figure posts}}\n",
        ])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.err.split(separator: "\n").map(String.init), [
            "Content/pages/about.md:4: error: a figure can be named only in a period's narrative or complex issues",
            "    hint: write the number itself here",
            "Content/quarters/2024-Q3/complex-issues/c1.md:7: error: unknown figure \"lights.rde\" for 2024-Q3",
            "    hint: did you mean \"lights.red\"?",
            "Content/quarters/2024-Q3/narrative.en.md:1: error: malformed figure reference",
            "    hint: write {{figure NAME}}, as {{figure green_rate}}",
            "Content/quarters/2024-Q3/narrative.md:3: error: unknown figure \"gren_rate\" for 2024-Q3",
            "    hint: did you mean \"green_rate\"?",
            // No settled_at column: the period publishes no settlement figures.
            "Content/quarters/2024-Q3/narrative.md:3: error: unknown figure \"settle_rate\" for 2024-Q3",
            "    hint: name a number of data/2024-q3/summary.json: a key of assessment (green_rate, lights.red) or a path (channels.ID.reply_rate)",
            "lightboard: 5 errors; nothing was written to Site/.",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.output.path))
    }

    // MARK: - Figures typed by hand

    func testATypedPercentageNearAHeadlineRateIsAWarningAndTheBuildSucceeds() throws {
        let run = try build(["quarters/2024-Q3/narrative.md": "FIG 受理率75%，回复率50.0%，绿灯率66.6%。\n"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.err.split(separator: "\n").map(String.init), [
            "Content/quarters/2024-Q3/narrative.md:1: warning: \"66.6%\" is not a figure of 2024-Q3",
            "    hint: green_rate is 66.7%; write {{figure green_rate}} to show the published figure",
        ])
    }

    func testCheckPrintsTheWarningsToo() throws {
        let run = try build(["quarters/2024-Q3/narrative.md": "FIG 绿灯率66.6%。\n"])
        let content = run.output.deletingLastPathComponent().appendingPathComponent("Content")
        let check = try LightboardBinary.run(["check", "--content", content.path])
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.err.hasSuffix("narrative.md:1: warning: \"66.6%\" is not a figure of 2024-Q3\n"
            + "    hint: green_rate is 66.7%; write {{figure green_rate}} to show the published figure\n"), check.err)
    }

    /// summary.json of 2024-Q3 in miniature: posts 20,180 on the board, green rate 72.4%.
    private let table = FigureTable(summary: .object([
        JSONMember("channels", .array([.object([JSONMember("id", .string("board")), JSONMember("posts", .integer(20180)),
                                                 JSONMember("reply_rate", .number("97.8"))])])),
        JSONMember("assessment", .object([JSONMember("posts", .integer(20180)), JSONMember("green_rate", .number("72.4")),
                                          JSONMember("red_rate", .number("2.2")),
                                          JSONMember("lights", .object([JSONMember("green", .integer(14602))]))])),
    ]))

    private func warnings(_ text: String) -> [String] {
        FigureCheck.typedFigureWarnings(text, origin: MarkdownOrigin(file: "n.md", firstLine: 3), table: table,
                                        period: PeriodID(year: 2024, quarter: 3)!).flatMap { $0.description.split(separator: "\n").map(String.init) }
    }

    func testTypedFiguresThatArePublishedGiveNoWarning() {
        XCTAssertEqual(warnings("收到20,180条，绿灯率72.4%（约72%，72.40 %），14,602条，回复率97.8％。"), [])
    }

    func testOnlyNearMissesOfHeadlineFiguresAreCompared() {
        // Far from every rate, signed (a change), without a comma, a decimal, a year: not compared.
        XCTAssertEqual(warnings("满意度50%，+72.5%，−2.5%，20181条，1,234.5元，2024年，3个工作日"), [])
        XCTAssertEqual(warnings("```\n72.5%\n```\n{{figure green_rate}}"), [])
    }

    func testANearMissIsNamedWithTheHeadlineFigureItMiscopies() {
        XCTAssertEqual(warnings("共20,181条\n绿灯率72.5%，红灯率3.2%"), [
            "n.md:3: warning: \"20,181\" is not a figure of 2024-Q3",
            "    hint: posts is 20,180; write {{figure posts}} to show the published figure",
            "n.md:4: warning: \"72.5%\" is not a figure of 2024-Q3",
            "    hint: green_rate is 72.4%; write {{figure green_rate}} to show the published figure",
            "n.md:4: warning: \"3.2%\" is not a figure of 2024-Q3",
            "    hint: red_rate is 2.2%; write {{figure red_rate}} to show the published figure",
        ])
    }

    func testAPercentageWithManyDecimalsIsNotComparedNorACrash() {
        XCTAssertEqual(warnings("绿灯率72.40000000000000001%"), [])
        // Six decimals are still compared.
        XCTAssertEqual(warnings("绿灯率72.500000%"), [
            "n.md:3: warning: \"72.500000%\" is not a figure of 2024-Q3",
            "    hint: green_rate is 72.4%; write {{figure green_rate}} to show the published figure",
        ])
    }

    func testFigureNamesAndKinds() {
        XCTAssertEqual(table.names, ["channels.board.posts", "channels.board.reply_rate", "posts", "green_rate", "red_rate", "lights.green"])
        XCTAssertEqual(table.figure(named: "green_rate"), .percent(tenths: 724))
        XCTAssertEqual(table.figure(named: "channels.board.reply_rate"), .percent(tenths: 978))
        XCTAssertNil(table.figure(named: "channels.board"))
    }
}
