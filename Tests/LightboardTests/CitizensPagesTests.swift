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
}
