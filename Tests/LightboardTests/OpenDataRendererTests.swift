import XCTest
@testable import Lightboard

final class OpenDataRendererTests: XCTestCase {
    private typealias F = ComputeFixtures

    /// 2024-Q3: psb two board posts (green, gray), housing one red, a mailbox post; 2024-Q2 empty.
    private let site: ComputedSite = {
        let registry = F.registry([("psb", "公安局"), ("housing", "住建局, \"城乡\""), ("drc", "发改委")])
        let config = F.config(categories: ["inquiry", "complaint"])
        let q2 = F.quarterContent(F.quarter("2024-Q2", asOf: "2024-07-10"))
        let q3 = F.quarterContent(F.q3, adjustments: [F.adjustment("housing", .penalty, "0.125")], issueLeads: ["psb"])
        let posts = [F.post("1", department: 0, replied: "2024-07-01"),
                     F.post("2", department: 0, category: 1, replied: "2024-07-09", isPublic: false),
                     F.post("3", department: 1, replied: nil),
                     F.post("4", channel: 1, department: 2, replied: "2024-07-02")]
        return RatingCalculator.compute(content: F.content([q2, q3], config: config, registry: registry), accumulators: [
            F.accumulate([], config: config, registry: registry, quarter: q2.info),
            F.accumulate(posts, config: config, registry: registry, quarter: q3.info),
        ])
    }()

    private func file(_ path: String) -> String? {
        OpenDataRenderer.render(site).first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    func testFilePaths() {
        XCTAssertEqual(OpenDataRenderer.render(site).map(\.path), [
            "data/2024-q2/summary.json", "data/2024-q2/departments.json", "data/2024-q2/departments.csv",
            "data/2024-q3/summary.json", "data/2024-q3/departments.json", "data/2024-q3/departments.csv",
            "data/datapackage.json",
        ])
    }

    func testSummary() {
        XCTAssertEqual(file("data/2024-q3/summary.json"), """
        {
          "quarter": "2024-Q3",
          "as_of": "2024-10-15",
          "published": "2024-10-22",
          "channels": [
            {
              "id": "board",
              "posts": 3,
              "public": 2,
              "accepted": 3,
              "replied": 2,
              "acceptance_rate": 100.0,
              "reply_rate": 66.7
            },
            {
              "id": "mailbox",
              "posts": 1,
              "public": 1,
              "accepted": 1,
              "replied": 1,
              "acceptance_rate": 100.0,
              "reply_rate": 100.0
            }
          ],
          "assessment": {
            "channels": ["board"],
            "posts": 3,
            "accepted": 3,
            "replied": 2,
            "acceptance_rate": 100.0,
            "reply_rate": 66.7,
            "lights": {
              "green": 1,
              "yellow": 0,
              "gray": 1,
              "red": 1
            },
            "green_rate": 33.3,
            "yellow_rate": 0.0,
            "gray_rate": 33.3,
            "red_rate": 33.3,
            "departments": 2,
            "departments_all_green": 0,
            "departments_all_green_change": 0,
            "departments_no_red": 1,
            "departments_no_red_change": 1,
            "top_red": ["housing"],
            "complex_issues": 1
          },
          "categories": [
            {
              "id": "inquiry",
              "posts": 2
            },
            {
              "id": "complaint",
              "posts": 1
            }
          ]
        }

        """)
    }

    func testSummaryOfAnEmptyQuarterHasNullRatesAndNoChange() throws {
        let text = try XCTUnwrap(file("data/2024-q2/summary.json"))
        XCTAssertTrue(text.contains("\"acceptance_rate\": null,\n      \"reply_rate\": null\n"))
        XCTAssertTrue(text.contains("\"departments_all_green_change\": null,"))
        XCTAssertTrue(text.contains("\"top_red\": [],"))
    }

    func testDepartments() {
        XCTAssertEqual(file("data/2024-q3/departments.json"), """
        [
          {
            "id": "psb",
            "rank": 1,
            "posts": 2,
            "accepted": 2,
            "replied": 2,
            "green": 1,
            "yellow": 0,
            "gray": 1,
            "red": 0,
            "acceptance_rate": 100.0,
            "reply_rate": 100.0,
            "green_rate": 50.0,
            "yellow_rate": 0.0,
            "gray_rate": 50.0,
            "red_rate": 0.0,
            "bonus": 0.0,
            "penalty": 0.0,
            "complex_issues": 1,
            "score": 76.0
          },
          {
            "id": "housing",
            "rank": 2,
            "posts": 1,
            "accepted": 1,
            "replied": 0,
            "green": 0,
            "yellow": 0,
            "gray": 0,
            "red": 1,
            "acceptance_rate": 100.0,
            "reply_rate": 0.0,
            "green_rate": 0.0,
            "yellow_rate": 0.0,
            "gray_rate": 0.0,
            "red_rate": 100.0,
            "bonus": 0.0,
            "penalty": 0.13,
            "complex_issues": 0,
            "score": 19.88
          }
        ]

        """)
    }

    func testDepartmentsCSVQuotesANameWithACommaAndAQuote() {
        XCTAssertEqual(file("data/2024-q3/departments.csv"), #"""
        id,name,rank,posts,accepted,replied,green,yellow,gray,red,acceptance_rate,reply_rate,green_rate,yellow_rate,gray_rate,red_rate,bonus,penalty,complex_issues,score
        psb,公安局,1,2,2,2,1,0,1,0,100.0,100.0,50.0,0.0,50.0,0.0,0.0,0.0,1,76.0
        housing,"住建局, ""城乡""",2,1,1,0,0,0,0,1,100.0,0.0,0.0,0.0,0.0,100.0,0.0,0.13,0,19.88

        """#)
    }

    func testNullRateIsAnEmptyCSVCell() {
        let figures = F.figures(0, posts: 2, accepted: 0)
        let csv = OpenDataRenderer.departmentsCSV(QuarterResultStub.with(league: [figures], from: site.quarters[1]), columns: OpenDataRenderer.csvColumns(OpenDataRenderer.v1Columns, language: "zh"))
        XCTAssertEqual(csv.split(separator: "\n")[1], "d0,d,0,2,0,0,0,0,0,0,0.0,0.0,,,,,0.0,0.0,0,0.0")
    }

    func testJSONStringEscaping() {
        XCTAssertEqual(JSONValue.string("a\"b\\c\n\u{01}é<").prettyText, "\"a\\\"b\\\\c\\n\\u0001é<\"\n")
    }

    func testEmptyContainers() {
        XCTAssertEqual(JSONValue.object([JSONMember("a", .array([])), JSONMember("b", .object([]))]).prettyText,
                       "{\n  \"a\": [],\n  \"b\": {}\n}\n")
    }

    func testDataPackageDescribesEveryDepartmentsCSV() throws {
        let text = try XCTUnwrap(file("data/datapackage.json"))
        XCTAssertTrue(text.hasPrefix("{\n  \"profile\": \"tabular-data-package\",\n  \"name\": \"lightboard-ratings\",\n"))
        XCTAssertTrue(text.contains("\"path\": \"2024-q2/departments.csv\","))
        XCTAssertTrue(text.contains("\"path\": \"2024-q3/departments.csv\","))
        XCTAssertTrue(text.contains("\"primaryKey\": [\"id\"]"))
        XCTAssertEqual(text.components(separatedBy: "\"name\": \"score\",\n").count - 1, 2)
    }
}

/// A quarter result with another league, to render rows the fixture quarter does not have.
private enum QuarterResultStub {
    static func with(league: [DepartmentFigures], from result: PeriodResult) -> PeriodResult {
        var copy = result
        copy.league = league
        return copy
    }
}
