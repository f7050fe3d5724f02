import Foundation
import XCTest
@testable import Lightboard

/// The two built-in examples beside the Ningbo sample (examples/generate.py) reproduce the
/// figures their models published: a Hubei monthly report (May 2019) and a Pingshan district quarter.
final class ExampleFiguresTests: XCTestCase {
    private func computed(_ example: String) throws -> ComputedSite {
        try SiteBuilder.compute(contentDirectory: SampleFiguresTests.repository.appendingPathComponent("examples/\(example)").path)
    }

    private func openData(_ example: String) throws -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: OpenDataRenderer.render(try computed(example)).map { ($0.path, $0.bytes) })
    }

    /// The example's pages rendered with the real Templates/, by path, with the line breaks and
    /// indentation between tags taken out so that a table row reads as one string.
    private func pages(_ example: String) throws -> [String: String] {
        let files = try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(computed(example))
        return Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasSuffix(".html") }.map { file in
            (file.path, String(decoding: file.bytes, as: UTF8.self).replacingOccurrences(of: "\n\\s*", with: "", options: .regularExpression))
        })
    }

    /// The cells after the row heading that starts with `heading`, up to the end of its row.
    private func cells(_ page: String, row heading: String) throws -> [String] {
        let start = try XCTUnwrap(page.range(of: #"<th scope="row">"# + heading), heading).upperBound
        let row = page[start...].components(separatedBy: "</tr>")[0]
        return row.matches(of: /<td class="num[^"]*">([^<]*)/).map { String($0.output.1) }
    }

    /// The value of the headline figure labelled `label`, and its change against a year earlier.
    private func figure(_ page: String, _ label: String) throws -> (value: String, yearOverYear: String) {
        let start = try XCTUnwrap(page.range(of: "<dt>\(label)</dt>"), label).upperBound
        let figure = page[start...].components(separatedBy: "</div>")[0]
        let value = try XCTUnwrap(figure.firstMatch(of: /figure-value">([^<]*)</)).output.1
        let change = figure.firstMatch(of: /figure-change-year">[^<]*<span class="change[^"]*">([^<]*)</)?.output.1
        return (String(value), change.map(String.init) ?? "")
    }

    /// The text of the report's section `id` (its h2 to the end of the section).
    private func section(_ page: String, _ id: String) throws -> String {
        let start = try XCTUnwrap(page.range(of: "<h2 id=\"\(id)\">"), id).lowerBound
        return page[start...].components(separatedBy: "</section>")[0]
    }

    private func json(_ files: [String: [UInt8]], _ path: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(XCTUnwrap(files[path], path))) as? [String: Any])
    }

    func testHubeiMay2019() throws {
        let summary = try json(openData("hubei-monthly"), "data/2019-05/summary.json")
        XCTAssertEqual(summary["month"] as? String, "2019-05")
        let channels = try XCTUnwrap(summary["channels"] as? [[String: Any]])
        // 《荆楚问政》 65 received, 18 replied; 《民生热线》 177 received, 157 replied.
        XCTAssertEqual(channels.map { [$0["id"] as? String, ($0["posts"] as? Int).map(String.init), ($0["replied"] as? Int).map(String.init)] },
                       [["jingchu", "65", "18"], ["hotline", "177", "157"]])
        let assessment = try XCTUnwrap(summary["assessment"] as? [String: Any])
        XCTAssertEqual([assessment["posts"] as? Int, assessment["replied"] as? Int], [242, 175])
        // Replies up 28.7% on May 2018.
        let change = try XCTUnwrap(summary["year_over_year"] as? [String: Any])
        XCTAssertEqual(change["period"] as? String, "2018-05")
        let replied = try XCTUnwrap(change["replied"] as? [String: Any])
        XCTAssertEqual(replied["previous"] as? Int, 136)
        XCTAssertEqual(replied["change_pct"] as? Double, 28.7)
        // The top five classes: 行政管理 27, 城市管理 25, 住房管理 24, 交通管理 17, 企业投诉 15.
        let categories = try XCTUnwrap(summary["categories"] as? [[String: Any]])
        let top = categories.sorted { ($0["posts"] as? Int ?? 0) > ($1["posts"] as? Int ?? 0) }.prefix(6)
        XCTAssertEqual(top.prefix(5).map { "\($0["id"]!) \($0["posts"]!)" },
                       ["admin 27", "urban 25", "housing 24", "traffic 17", "enterprise 15"])
        XCTAssertLessThan(top.last?["posts"] as? Int ?? 99, 15)
        // 9 departments claimed their account in May, 41 in all by 5 June.
        let joined = try XCTUnwrap(summary["joined"] as? [String: Any])
        XCTAssertEqual(joined["total"] as? Int, 41)
        XCTAssertEqual((joined["in_period"] as? [String])?.count, 9)
    }

    func testPingshanSettlementSatisfactionAndCategories() throws {
        let files = try openData("pingshan-district")
        let summary = try json(files, "data/2024-q2/summary.json")
        let assessment = try XCTUnwrap(summary["assessment"] as? [String: Any])
        // 2,240 of 2,250 accepted settled: 99.56%, 99.6 as the contract rounds; half within 1 working day, 88% within 3.
        XCTAssertEqual([assessment["accepted"] as? Int, assessment["settled"] as? Int], [2250, 2240])
        XCTAssertEqual(assessment["settle_rate"] as? Double, 99.6)
        XCTAssertEqual(assessment["settled_within_rate"] as? [String: Double], ["1": 50.0, "3": 88.0])
        let satisfaction = try XCTUnwrap(summary["satisfaction"] as? [String: Any])
        let dimensions = try XCTUnwrap(satisfaction["dimensions"] as? [[String: Any]])
        XCTAssertEqual(dimensions.compactMap { $0["id"] as? String }, ["speed", "effect", "service", "system"])
        // 13 classes with 88 sub-categories.
        let categories = try XCTUnwrap(summary["categories"] as? [[String: Any]])
        XCTAssertEqual(categories.filter { $0["parent"] == nil }.count, 13)
        XCTAssertEqual(categories.filter { $0["parent"] != nil }.count, 88)
        XCTAssertNotNil(files["data/2024-q2/rankings/fastest-settlement.json"])
    }

    // MARK: - The same figures on the pages, in both languages

    /// Hubei's May 2019 report, page by page: the published figures as the reader sees them.
    func testHubeiMay2019OnThePagesInBothLanguages() throws {
        let pages = try pages("hubei-monthly")
        struct Wording {
            var language: String, jingchu: String, hotline: String, posts: String, replied: String
            var repliedChange: String, topFive: [String], total: String, inMay: String
        }
        let wordings = [
            Wording(language: "zh", jingchu: "荆楚问政", hotline: "民生热线", posts: "留言总数", replied: "回复数",
                    repliedChange: "+39条（+28.7%）",
                    topFive: ["NO.1</span> 行政管理 27条", "NO.2</span> 城市管理 25条", "NO.3</span> 住房管理 24条",
                              "NO.4</span> 交通管理 17条", "NO.5</span> 企业投诉 15条"],
                    total: "截至2019年6月5日，已有41个单位入驻平台。", inMay: "本月新入驻9个单位。"),
            Wording(language: "en", jingchu: "Jingchu Asks the Government", hotline: "Livelihood Hotline", posts: "Posts", replied: "Replied",
                    repliedChange: "+39 posts (+28.7%)",
                    topFive: ["No. 1</span> Administration — 27 posts", "No. 2</span> Urban management — 25 posts",
                              "No. 3</span> Housing — 24 posts", "No. 4</span> Traffic — 17 posts",
                              "No. 5</span> Complaints about enterprises — 15 posts"],
                    total: "41 departments on the platform as of 5 June 2019.", inMay: "Joined this month: 9 departments."),
        ]
        for wording in wordings {
            let report = try XCTUnwrap(pages["\(wording.language)/2019-05/index.html"])
            // Channels: posts, public, accepted, replied, acceptance and reply rate.
            let jingchu = try cells(report, row: wording.jingchu), hotline = try cells(report, row: wording.hotline)
            XCTAssertEqual([jingchu[0], jingchu[3], hotline[0], hotline[3]], ["65", "18", "177", "157"], wording.language)
            XCTAssertEqual(try figure(report, wording.posts).value, "242")
            XCTAssertEqual(try figure(report, wording.replied).value, "175")
            XCTAssertEqual(try figure(report, wording.replied).yearOverYear, wording.repliedChange)
            let topFive = try section(report, "categories")
            var position = topFive.startIndex
            for item in wording.topFive {
                let found = try XCTUnwrap(topFive.range(of: item, range: position..<topFive.endIndex), "\(wording.language): \(item) in order")
                position = found.upperBound
            }
            XCTAssertFalse(topFive.contains(wording.language == "zh" ? "NO.6" : "No. 6"))
            let joined = try section(report, "joined")
            XCTAssertTrue(joined.contains("<p>\(wording.total)</p><p>\(wording.inMay)</p>"), joined)
            XCTAssertEqual(joined.components(separatedBy: "<li>").count - 1, 9)
        }
    }

    /// Pingshan's quarter on the pages: settlement, within one and three working days, the classes
    /// with their sub-categories and the four satisfaction dimensions (means as in the open data).
    func testPingshanOnThePagesInBothLanguages() throws {
        let pages = try pages("pingshan-district")
        let summary = try json(openData("pingshan-district"), "data/2024-q2/summary.json")
        let dimensions = try XCTUnwrap((summary["satisfaction"] as? [String: Any])?["dimensions"] as? [[String: Any]])
        let means = dimensions.map { String(format: "%.2f", $0["mean"] as? Double ?? 0) }
        let wordings: [(language: String, settled: String, within: [String], categories: String, dimensions: [String])] = [
            ("zh", "受理的2,250条留言中已办结2,240条（办结率99.6%）。", ["1个工作日内办结", "3个工作日内办结"], "共13个大类、88个小类。",
             ["处置速度", "处置效果", "服务体验", "系统体验"]),
            ("en", "2,240 of 2,250 accepted posts settled (99.6%).", ["within 1 working day", "within 3 working days"],
             "13 categories with 88 sub-categories.", ["Speed of handling", "Effect of handling", "Service experience", "System experience"]),
        ]
        for wording in wordings {
            let report = try XCTUnwrap(pages["\(wording.language)/2024-q2/index.html"])
            let settlement = try section(report, "settlement")
            XCTAssertTrue(settlement.contains("<p>\(wording.settled)</p>"), settlement)
            XCTAssertEqual(try cells(settlement, row: wording.within[0]).last, "50.0%")
            XCTAssertEqual(try cells(settlement, row: wording.within[1]).last, "88.0%")
            let categories = try section(report, "categories")
            XCTAssertTrue(categories.contains("<p>\(wording.categories)</p>"))
            let groups = categories.components(separatedBy: #"<details class="sub-categories">"#).dropFirst()
            XCTAssertEqual(groups.count, 13)
            XCTAssertEqual(groups.map { $0.components(separatedBy: "</details>")[0].components(separatedBy: #"<tr><th scope="row">"#).count - 1 }
                               .reduce(0, +), 88)
            let satisfaction = try section(report, "satisfaction")
            for (name, mean) in zip(wording.dimensions, means) {
                XCTAssertEqual(try cells(satisfaction, row: name + "</th>").dropFirst().first, mean, name)
            }
        }
    }
}
