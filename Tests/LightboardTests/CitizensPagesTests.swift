import Foundation
import Testing
@testable import Lightboard

/// Issue 14 on the real sample: what a citizen needs to find, understand and read.
@Suite struct CitizensPagesTests {
    let pages = try! SitePagesTests()

    @Test(arguments: [("zh", "区县（市）和功能区", "海曙区"), ("en", "Districts, counties and development zones", "Haishu District")])
    func departmentsAreGroupedWithAJumpList(language: String, districts: String, haishu: String) throws {
        let html = try pages.page("\(language)/departments/index.html")
        let jumpList = try #require(html.range(of: #"<nav class="jump-list""#))
        let firstGroup = try #require(html.range(of: "<h2 id=\"group-districts\">\(districts)</h2>"))
        #expect(jumpList.lowerBound < firstGroup.lowerBound)
        #expect(html.contains("<a href=\"#group-districts\">\(districts) <span class=\"count\">(15)</span></a>"))
        for group in ["bureaus", "enterprises", "others"] { #expect(html.contains("href=\"#group-\(group)\"")) }
        // Haishu sits in the first group, right under its heading.
        let haishuRow = try #require(html.range(of: ">\(haishu)</a>"))
        let secondGroup = try #require(html.range(of: "<h2 id=\"group-bureaus\">"))
        #expect(firstGroup.upperBound < haishuRow.lowerBound && haishuRow.upperBound < secondGroup.lowerBound)
        #expect(html.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 106)
    }

    // MARK: - Empty is not a table

    /// One gray post (replied after 14 working days): no all-green department, no red light, no complex issue.
    static let emptyQuarter = Result { () -> [String: [UInt8]] in
        var files = minimalContent
        files["quarters/2024-Q3/posts.csv"] = "id,channel,department,category,posted_at,accepted_at,replied_at\n"
            + "p1,board,yinzhou,inquiry,2024-07-01T09:00,2024-07-01T10:00,2024-07-20T09:00\n"
        let folder = try TemporaryFolder(files)
        return try SitePagesTests.render(content: folder.path, templates: SitePagesTests.templatesDirectory)
    }

    @Test(arguments: [
        ("zh/2024-q3/green/index.html", "本季度没有全绿灯部门", "all-green-caption"),
        ("en/2024-q3/green/index.html", "No department was all green this quarter", "all-green-caption"),
        ("zh/2024-q3/red/index.html", "本季度没有红灯。", "top-red-list"),
        ("en/2024-q3/red/index.html", "No red lights this quarter.", "top-red-list"),
        ("zh/2024-q3/complex/index.html", "本季度没有报送已解决的疑难复杂问题。", "leaders-caption"),
        ("en/2024-q3/complex/index.html", "No complex issue was reported solved this quarter.", "leaders-caption"),
    ])
    func anEmptyListIsASentenceNotATable(path: String, sentence: String, emptyPart: String) throws {
        let html = String(decoding: try #require(try Self.emptyQuarter.get()[path]), as: UTF8.self)
        #expect(html.contains("<p class=\"empty-note\">\(sentence)"))
        #expect(!html.contains(emptyPart))
        #expect(!html.contains("<tbody>\n    </tbody>") && !html.contains("<tbody>\n  </tbody>"))
    }

    /// No post at all: the league is empty, and the green page says there are no green-light rates.
    @Test func aQuarterWithoutPostsHasNoGreenRateTable() throws {
        var files = minimalContent
        files["quarters/2024-Q3/posts.csv"] = "id,channel,department,category,posted_at,accepted_at,replied_at\n"
        let folder = try TemporaryFolder(files)
        let pages = try SitePagesTests.render(content: folder.path, templates: SitePagesTests.templatesDirectory)
        let html = String(decoding: try #require(pages["en/2024-q3/green/index.html"]), as: UTF8.self)
        #expect(html.contains("<p class=\"empty-note\">No assessed post was accepted this quarter, so there are no green-light rates."))
        #expect(!html.contains("green-rates-caption"))
        #expect(try Self.emptyQuarter.get()["en/2024-q3/green/index.html"].map { String(decoding: $0, as: UTF8.self).contains("green-rates-caption") } == true)
    }

    @Test func theSampleStillPrintsItsTables() throws {
        #expect(try pages.page("en/2024-q3/green/index.html").contains("all-green-caption"))
        #expect(try pages.page("en/2024-q3/red/index.html").contains("top-red-list"))
        #expect(try pages.page("en/2024-q3/complex/index.html").contains("leaders-caption"))
        #expect(!(try pages.page("en/2024-q3/red/index.html")).contains("empty-note"))
    }

    // MARK: - Phones

    /// On a phone the archive shows each quarter as a block, every value under its column's name.
    @Test func archiveCellsCarryTheirColumnName() throws {
        let html = try pages.page("en/archive/index.html")
        #expect(html.contains(#"<table class="stack-on-phone">"#))
        #expect(html.contains(#"<td class="num" data-label="Acceptance rate">99.9%</td>"#))
    }

    // MARK: - Every number explained

    /// Yinzhou ranks second in 2024 Q3 with 120 red lights: its 28 bonus points show why.
    @Test func departmentPageBreaksItsScoreDown() throws {
        let html = try pages.page("en/departments/yinzhou/index.html")
        for row in [
            #"<tr><th scope="row">Acceptance rate × 20</th><td class="num">+19.96 (99.8%)</td>"#,
            #"<tr><th scope="row">Reply rate × 30</th><td class="num">+28.24 (94.1%)</td>"#,
            #"<tr><th scope="row">Green rate × 50</th><td class="num">+34.97 (69.9%)</td>"#,
            #"<tr><th scope="row">Bonus</th><td class="num">+28.00</td>"#,
            #"<tr><th scope="row">Penalty</th><td class="num">−6.00</td>"#,
            #"<tr><th scope="row">Complex issues × 1</th><td class="num">+6.00 (6 led)</td>"#,
            #"<tr class="score-total"><th scope="row">Score</th><td class="num">111.17</td><td class="num">105.31</td></tr>"#,
        ] { #expect(html.contains(row), "\(row)") }
        // 19.96 + 28.24 + 34.97 + 28 − 6 + 6 = 111.17, the league's score.
        #expect(try pages.page("en/2024-q3/league/index.html").contains(#"<td class="num strong">111.17</td>"#))
    }

    @Test(arguments: ["zh", "en"])
    func everyFigureAndColumnHasADefinition(language: String) throws {
        for path in ["\(language)/index.html", "\(language)/2024-q3/index.html", "\(language)/2024-q3/league/index.html"] {
            let html = try pages.page(path)
            let definitions = try #require(html.range(of: #"<details class="definitions">"#), "\(path)")
            let terms = html[definitions.upperBound...].components(separatedBy: "<dt>").count - 1
            #expect(terms >= (path.hasSuffix("league/index.html") ? 13 : 6), "\(path)")
            #expect(!html[definitions.upperBound...].contains("<dd></dd>"), "\(path)")
        }
        let report = try pages.page("\(language)/2024-q3/index.html")
        #expect(report.contains(language == "en" ? "<dt>pp</dt><dd>Percentage points" : "<dt>百分点</dt><dd>两个百分比之差"))
        #expect(report.contains(language == "en" ? "within 3 working days (green light)" : "3个工作日内回复（绿灯）"))
    }

    // MARK: - Paper

    @Test func downloadsCarryTheirAddressForPaper() throws {
        let html = try pages.page("en/2024-q3/index.html")
        #expect(html.contains(#"<a href="../../data/2024-q3/summary.json">Summary (JSON)</a> <span class="print-url">https://ratings.ningbo.example/data/2024-q3/summary.json</span>"#))
        #expect(html.contains(#"<span class="print-url">https://ratings.ningbo.example/data/datapackage.json</span>"#))
    }

    // MARK: - Display modes

    /// Each mode link targets an element of the page (no script needed), and the targets come before the skip link.
    @Test(arguments: ["zh/index.html", "en/2024-q3/league/index.html", "404.html"])
    func displayModesWorkWithoutJavaScript(path: String) throws {
        let html = try pages.page(path)
        let skipLink = try #require(html.range(of: #"<a class="skip-link""#))
        for mode in ["large-text", "high-contrast", "large-high-contrast", "standard-display"] {
            let target = try #require(html.range(of: "<span id=\"\(mode)\" class=\"mode-target\"></span>"), "\(mode)")
            #expect(target.upperBound <= skipLink.lowerBound)
            #expect(html.contains("<a href=\"#\(mode)\" data-mode="))
        }
    }
}
