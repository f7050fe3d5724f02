import Foundation
import XCTest
@testable import Lightboard

/// The two built-in examples beside the Ningbo sample (examples/generate.py) reproduce the
/// figures their models published: a Hubei monthly report (May 2019) and a Pingshan district quarter.
final class ExampleFiguresTests: XCTestCase {
    private func openData(_ example: String) throws -> [String: [UInt8]] {
        let folder = SampleFiguresTests.repository.appendingPathComponent("examples/\(example)").path
        let site = try SiteBuilder.compute(contentDirectory: folder)
        return Dictionary(uniqueKeysWithValues: OpenDataRenderer.render(site).map { ($0.path, $0.bytes) })
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
}
