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
}
