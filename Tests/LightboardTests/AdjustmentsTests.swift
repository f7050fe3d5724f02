import Foundation
import XCTest
@testable import Lightboard

/// Every bonus and penalty with its reason: the order, the open data (exact bytes), the
/// period's page and the department page's section, a hostile reason escaped.
final class AdjustmentsTests: XCTestCase {
    private typealias F = ComputeFixtures

    static let hostileReason = "<script>alert(1)</script> & \"转办\""

    /// In file order: housing's penalty, drc's bonus (drc is outside the league: a mailbox post
    /// only), psb's bonus, housing's second entry without reason or source, a hostile reason of housing.
    static let fileOrder = [
        Adjustment(department: "housing", date: F.day("2024-07-05"), kind: .penalty, points: Fraction(decimal: "0.5")!,
                   reason: "层层转办", source: "media", line: 2),
        Adjustment(department: "drc", date: F.day("2024-07-01"), kind: .bonus, points: Fraction(decimal: "1.25")!,
                   reason: "快速解决, \"群众\"诉求\n第二行", source: "netizen", line: 3),
        Adjustment(department: "psb", date: F.day("2024-07-05"), kind: .bonus, points: Fraction(decimal: "2")!,
                   reason: "网民点赞", source: "netizen", line: 4),
        Adjustment(department: "housing", date: F.day("2024-07-05"), kind: .bonus, points: Fraction(decimal: "0.125")!,
                   reason: "", source: "", line: 5),
        Adjustment(department: "housing", date: F.day("2024-08-01"), kind: .penalty, points: Fraction(decimal: "1")!,
                   reason: hostileReason, source: "督查室", line: 6),
    ]

    /// 2024-Q3 with the adjustments above; 2024-Q2 without any.
    private static let site: ComputedSite = {
        let registry = F.registry([("psb", "公安局"), ("housing", "住建局"), ("drc", "发改委"), ("commerce", "商务局")])
        let config = F.config()
        let q2 = F.quarterContent(F.quarter("2024-Q2", asOf: "2024-07-10"))
        let q3 = F.quarterContent(F.q3, adjustments: fileOrder)
        let posts = [F.post("1", department: 0, replied: "2024-07-01"), F.post("2", department: 1, replied: "2024-07-02"),
                     F.post("3", channel: 1, department: 2, replied: "2024-07-02")]
        return RatingCalculator.compute(content: F.content([q2, q3], config: config, registry: registry), accumulators: [
            F.accumulate([], config: config, registry: registry, quarter: q2.info),
            F.accumulate(posts, config: config, registry: registry, quarter: q3.info),
        ])
    }()

    private static let openData = OpenDataRenderer.render(site)
    private static let pages = Result { try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(site) }

    private func file(_ path: String) throws -> String {
        let file = try XCTUnwrap(Self.openData.first { $0.path == path }, "\(path) is not written")
        return String(decoding: file.bytes, as: UTF8.self)
    }

    private func page(_ path: String) throws -> String {
        let file = try XCTUnwrap(try Self.pages.get().first { $0.path == path }, "\(path) is not generated")
        return String(decoding: file.bytes, as: UTF8.self)
    }

    // MARK: - Order

    func testByDateThenRegistryOrderThenFileOrder() {
        XCTAssertEqual(Self.site.periods[1].adjustments.map(\.line), [3, 4, 2, 5, 6])
    }

    // MARK: - Open data

    func testCSVHasEveryRowInOrderQuotedWhereNeeded() throws {
        XCTAssertEqual(try file("data/2024-q3/adjustments.csv"), #"""
            department,date,kind,points,reason,source
            drc,2024-07-01,bonus,1.25,"快速解决, ""群众""诉求
            第二行",netizen
            psb,2024-07-05,bonus,2.0,网民点赞,netizen
            housing,2024-07-05,penalty,0.5,层层转办,media
            housing,2024-07-05,bonus,0.125,,
            housing,2024-08-01,penalty,1.0,"<script>alert(1)</script> & ""转办""",督查室

            """#)
    }

    func testJSONHasTheSameRows() throws {
        let json = try file("data/2024-q3/adjustments.json")
        XCTAssertTrue(json.hasPrefix(#"""
            [
              {
                "department": "drc",
                "date": "2024-07-01",
                "kind": "bonus",
                "points": 1.25,
                "reason": "快速解决, \"群众\"诉求\n第二行",
                "source": "netizen"
              },
              {
                "department": "psb",
            """#), json)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["department"] as? String }, ["drc", "psb", "housing", "housing", "housing"])
        XCTAssertEqual(rows.map { $0["points"] as? Double }, [1.25, 2, 0.5, 0.125, 1])
        XCTAssertEqual(rows[4]["reason"] as? String, Self.hostileReason)
        XCTAssertEqual(rows[3]["source"] as? String, "")
    }

    /// The rows add up to the league's totals (housing: bonus 0.125 -> 0.13, penalty 0.5 + 1).
    func testTheRowsAddUpToTheLeaguesTotals() throws {
        let housing = try XCTUnwrap(Self.site.periods[1].league.first { $0.department.id == "housing" })
        XCTAssertEqual(housing.bonus, Fraction(1, 8))
        XCTAssertEqual(housing.penalty, Fraction(3, 2))
    }

    func testAPeriodWithoutAdjustmentsPublishesTheHeaderAndAnEmptyArray() throws {
        XCTAssertEqual(try file("data/2024-q2/adjustments.csv"), "department,date,kind,points,reason,source\n")
        XCTAssertEqual(try file("data/2024-q2/adjustments.json"), "[]\n")
        XCTAssertNotNil(Self.openData.first { $0.path == "data/2024-q2/adjustments.xlsx" })
    }

    func testDataPackageDescribesEachPeriodsAdjustments() throws {
        let package = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(file("data/datapackage.json").utf8)) as? [String: Any])
        let resources = try XCTUnwrap(package["resources"] as? [[String: Any]])
        let csv = try XCTUnwrap(resources.first { $0["name"] as? String == "adjustments-2024-q3" })
        XCTAssertEqual(csv["path"] as? String, "2024-q3/adjustments.csv")
        let xlsx = try XCTUnwrap(resources.first { $0["name"] as? String == "adjustments-2024-q3-xlsx" })
        XCTAssertEqual(xlsx["path"] as? String, "2024-q3/adjustments.xlsx")
        let schema = try XCTUnwrap(csv["schema"] as? [String: Any])
        let fields = try XCTUnwrap(schema["fields"] as? [[String: Any]])
        XCTAssertEqual(fields.map { $0["name"] as? String }, ["department", "date", "kind", "points", "reason", "source"])
        XCTAssertEqual(fields.map { $0["type"] as? String }, ["string", "date", "string", "number", "string", "string"])
        XCTAssertEqual(fields[2]["constraints"] as? NSDictionary, ["required": true, "enum": ["bonus", "penalty"]])
        XCTAssertEqual(fields[3]["constraints"] as? NSDictionary, ["required": true, "minimum": 0])
        XCTAssertNil(fields[4]["constraints"], "a reason may be empty")
        XCTAssertNil(schema["primaryKey"], "two equal adjustments may be given")
        XCTAssertEqual(schema["foreignKeys"] as? NSArray,
                       [["fields": ["department"], "reference": ["resource": "departments", "fields": ["id"]]]])
    }

    // MARK: - Pages

    func testThePeriodsPageListsEveryRowWithItsWords() throws {
        let html = try page("en/2024-q3/adjustments/index.html")
        XCTAssertTrue(html.contains("<h1>2024 Q3 bonus and penalty points</h1>"), html)
        XCTAssertTrue(html.contains("5 bonus and penalty entries"))
        XCTAssertTrue(html.contains("""
                <tr class="adjustment-bonus">
                  <th scope="row"><a href="../../departments/drc/index.html"><span lang="zh">发改委</span></a> <span class="tag">no effect</span></th>
                  <td class="num">Bonus +1.25</td>
                  <td class="reason"><span lang="zh">快速解决, &quot;群众&quot;诉求
            第二行</span></td><td>Citizens</td>
                  <td><time datetime="2024-07-01">1 July 2024</time></td>
                </tr>
            """), html)
        XCTAssertTrue(html.contains("""
                  <td class="num">Bonus +0.125</td>
                  <td class="reason">—</td><td>—</td>
            """), "an empty reason and source are a dash")
        XCTAssertTrue(html.contains("""
                  <td class="num">Penalty −1</td>
                  <td class="reason"><span lang="zh">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;转办&quot;</span></td><td><span lang="zh">督查室</span></td>
            """), "an unknown source is shown as written")
        let rows = html.components(separatedBy: "<tr class=\"adjustment-").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertEqual(rows, ["bonus", "bonus", "penalty", "bonus", "penalty"])
        XCTAssertTrue(html.contains(#"<a href="../../../data/2024-q3/adjustments.csv">"#))
    }

    func testHostileReasonIsEscapedOnEveryPage() throws {
        for path in ["zh/2024-q3/adjustments/index.html", "en/2024-q3/adjustments/index.html",
                     "zh/departments/housing/index.html", "en/departments/housing/index.html"] {
            let html = try page(path)
            XCTAssertFalse(html.contains("<script>alert(1)"), path)
            XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;转办&quot;"), path)
        }
    }

    func testThePageOfAPeriodWithoutAdjustmentsSaysSo() throws {
        let html = try page("zh/2024-q2/adjustments/index.html")
        XCTAssertTrue(html.contains("本季度无加分扣分。"))
        XCTAssertFalse(html.contains("<table"))
        XCTAssertTrue(try page("zh/2024-q2/index.html").contains("<p>本季度无加分扣分。</p>"))
        XCTAssertFalse(try page("zh/2024-q2/league/index.html").contains("adjustments/index.html"))
    }

    func testTheReportAndTheLeagueLinkToThem() throws {
        let link = #"加分和扣分的逐条原因： <a href="adjustments/index.html">共5条加分扣分记录</a>"#
        XCTAssertTrue(try page("zh/2024-q3/index.html").contains(link))
        XCTAssertTrue(try page("zh/2024-q3/league/index.html").contains(link.replacingOccurrences(of: "\"adjustments/", with: "\"../adjustments/")))
    }

    func testTheDepartmentPageListsItsOwnRowsByPeriodWithTheLeaguesTotals() throws {
        let html = try page("zh/departments/housing/index.html")
        XCTAssertTrue(html.contains("""
              <h3 id="adjustments-2024-q3"><a href="../../2024-q3/adjustments/index.html">2024年第3季度</a></h3>
              <p class="notes">计入得分：加分0.13，扣分1.50</p>
            """), html)
        let rows = html.components(separatedBy: "<tr class=\"adjustment-").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertEqual(rows, ["penalty", "bonus", "penalty"], "housing's three, in date and file order")
        XCTAssertTrue(html.contains(#"<td class="num">扣分 −0.5</td><td class="reason">层层转办</td><td>媒体</td>"#))
        XCTAssertFalse(html.contains("id=\"adjustments-2024-q2\""), "a period without adjustments is left out")

        let outside = try page("en/departments/drc/index.html")
        XCTAssertTrue(outside.contains("Not in this period&#39;s league, so the points count towards no score."), outside)
        XCTAssertTrue(try page("en/departments/commerce/index.html").contains("""
            <h2 id="adjustments">Bonus and penalty points</h2>
              <p>None.</p>
            """), "a department without any says so")
        XCTAssertTrue(try page("en/departments/psb/index.html").contains("<td class=\"num\">Bonus +2</td><td class=\"reason\"><span lang=\"zh\">网民点赞</span></td><td>Citizens</td>"))
    }
}
