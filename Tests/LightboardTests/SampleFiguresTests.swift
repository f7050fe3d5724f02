import Foundation
import XCTest
@testable import Lightboard

/// The sample reproduces the figures a real city published for 2024-Q3: the
/// open data computed from Content/ must state them exactly.
final class SampleFiguresTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    nonisolated(unsafe) static var openData: [String: [UInt8]]?

    func data(_ path: String) throws -> Any {
        if Self.openData == nil {
            let site = try SiteBuilder.compute(contentDirectory: Self.repository.appendingPathComponent("Content").path)
            Self.openData = Dictionary(uniqueKeysWithValues: OpenDataRenderer.render(site).map { ($0.path, $0.bytes) })
        }
        let bytes = try XCTUnwrap(Self.openData?[path], path)
        return try JSONSerialization.jsonObject(with: Data(bytes))
    }

    func summary() throws -> (all: [String: Any], assessment: [String: Any]) {
        let summary = try XCTUnwrap(data("data/2024-q3/summary.json") as? [String: Any])
        return (summary, try XCTUnwrap(summary["assessment"] as? [String: Any]))
    }

    func testBoardHeadlineFigures() throws {
        let (_, assessment) = try summary()
        XCTAssertEqual(assessment["channels"] as? [String], ["board"])
        XCTAssertEqual(assessment["posts"] as? Int, 20180)
        XCTAssertEqual(assessment["acceptance_rate"] as? Double, 99.9)
        XCTAssertEqual(assessment["reply_rate"] as? Double, 97.8)
        let lights = try XCTUnwrap(assessment["lights"] as? [String: Int])
        XCTAssertEqual(lights["green"], 14602)
        XCTAssertEqual(lights["red"], 443)
        XCTAssertEqual(lights.values.reduce(0, +), assessment["accepted"] as? Int)
        XCTAssertEqual(assessment["green_rate"] as? Double, 72.4)
        XCTAssertEqual(assessment["red_rate"] as? Double, 2.2)
    }

    /// Ningbo's "top ten government offices who have responded to appeals" to the mailbox, in the published order.
    func testMailboxRankingFollowsThePublishedTopTen() throws {
        let ranking = try XCTUnwrap(data("data/2024-q3/rankings/mailbox-replies.json") as? [[String: Any]])
        XCTAssertEqual(ranking.compactMap { $0["id"] as? String },
                       ["yinzhou", "haishu", "psb", "jiangbei", "beilun", "fenghua", "cixi", "yuyao", "zhenhai", "rail"])
        XCTAssertEqual(ranking.compactMap { $0["rank"] as? Int }, Array(1...10))
    }

    func testDepartmentsAllGreenNoRedAndTopRed() throws {
        let (_, assessment) = try summary()
        XCTAssertEqual(assessment["departments"] as? Int, 106)
        XCTAssertEqual(assessment["departments_all_green"] as? Int, 34)
        XCTAssertEqual(assessment["departments_all_green_change"] as? Int, 6)
        XCTAssertEqual(assessment["departments_no_red"] as? Int, 86)
        XCTAssertEqual(assessment["departments_no_red_change"] as? Int, 13)
        XCTAssertEqual(assessment["top_red"] as? [String], ["yinzhou", "haishu", "yuyao"])
        XCTAssertEqual(assessment["complex_issues"] as? Int, 34)
    }

    func testMayorsMailbox() throws {
        let channels = try XCTUnwrap(summary().all["channels"] as? [[String: Any]])
        let mailbox = try XCTUnwrap(channels.first { $0["id"] as? String == "mailbox" })
        XCTAssertEqual(mailbox["posts"] as? Int, 4764)
        XCTAssertEqual(mailbox["public"] as? Int, 4143)
        XCTAssertEqual(mailbox["acceptance_rate"] as? Double, 99.9)
        XCTAssertEqual(mailbox["reply_rate"] as? Double, 97.4)
    }

    func testLeagueTopTen() throws {
        let league = try XCTUnwrap(data("data/2024-q3/departments.json") as? [[String: Any]])
        XCTAssertEqual(league.count, 106)
        XCTAssertEqual(league.prefix(10).compactMap { $0["id"] as? String },
                       ["psb", "yinzhou", "housing", "rail", "jiangbei", "beilun", "zhenhai", "hitech", "cixi", "haishu"])
        XCTAssertEqual(league.compactMap { $0["rank"] as? Int }, Array(1...106))
    }

    /// The green list in the order the sample lists it: Commerce Bureau first, Ping An Bank last.
    func testGreenListOrder() throws {
        let site = try SiteBuilder.compute(contentDirectory: Self.repository.appendingPathComponent("Content").path)
        let quarter = try XCTUnwrap(site.quarters.last)
        XCTAssertEqual(quarter.id.description, "2024-Q3")
        XCTAssertEqual(quarter.greenList.first?.department.name.texts["en"], "Ningbo Commerce Bureau")
        XCTAssertEqual(quarter.greenList.last?.department.name.texts["en"], "Ping An Bank Ningbo Branch")
        // The sample lists them in registry rows 3 to 36, with posts falling from 150 to 18.
        let registryIDs = site.content.registry.departments.map(\.id)
        XCTAssertEqual(quarter.greenList.map(\.department.id), Array(registryIDs[2...35]))
        XCTAssertEqual(quarter.greenList.map(\.tally.posts), Array(stride(from: 150, through: 18, by: -4)))
    }

    /// The committed sample site shows the mailbox ranking in Ningbo's published order, in both languages.
    func testTheMailboxRankingPageShowsThePublishedOrder() throws {
        let order = ["yinzhou", "haishu", "psb", "jiangbei", "beilun", "fenghua", "cixi", "yuyao", "zhenhai", "rail"]
        for language in ["zh", "en"] {
            let page = try String(contentsOf: Self.repository.appendingPathComponent("Site/\(language)/2024-q3/rankings/mailbox-replies/index.html"),
                                  encoding: .utf8)
            let rows = page.matches(of: /<th scope="row"><a href="..\/..\/..\/departments\/([a-z-]+)\//).map { String($0.output.1) }
            XCTAssertEqual(rows, order, language)
        }
    }
}
