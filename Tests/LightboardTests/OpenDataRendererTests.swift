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
            "data/2024-q2/departments.xlsx",
            "data/2024-q2/adjustments.json", "data/2024-q2/adjustments.csv", "data/2024-q2/adjustments.xlsx",
            "data/2024-q3/summary.json", "data/2024-q3/departments.json", "data/2024-q3/departments.csv",
            "data/2024-q3/departments.xlsx",
            "data/2024-q3/adjustments.json", "data/2024-q3/adjustments.csv", "data/2024-q3/adjustments.xlsx",
            "data/departments.csv", "data/departments.xlsx", "data/datapackage.json",
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

    /// The registry in registry order; a name with a comma and a quote is quoted; `name_en` falls back to `name`.
    func testRegistryCSV() {
        let quoted = #""住建局, ""城乡""""#
        XCTAssertEqual(file("data/departments.csv"),
                       "id,name,name_en\npsb,公安局,公安局\nhousing,\(quoted),\(quoted)\ndrc,发改委,发改委\n")
    }

    func testDataPackageIsFrictionlessV2WithATableSchemaPerCSV() throws {
        let package = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(XCTUnwrap(file("data/datapackage.json")).utf8)) as? [String: Any])
        XCTAssertEqual(package["$schema"] as? String, "https://datapackage.org/profiles/2.0/datapackage.json")
        XCTAssertEqual(package["name"] as? String, "lightboard-ratings")
        XCTAssertEqual(package["version"] as? String, "1.2.0")  // two periods, no corrections
        XCTAssertEqual((package["sources"] as? [[String: String]])?.map { $0["title"] }, ["board", "mailbox"])
        XCTAssertNil(package["licenses"], "the fixture's site.yml has no license")
        let resources = try XCTUnwrap(package["resources"] as? [[String: Any]])
        // Each CSV (the registry, the leagues, the adjustments), then each CSV's .xlsx twin.
        XCTAssertEqual(resources.map { $0["name"] as? String }, ["departments", "departments-2024-q2", "departments-2024-q3",
                                                                 "adjustments-2024-q2", "adjustments-2024-q3",
                                                                 "departments-xlsx", "departments-2024-q2-xlsx", "departments-2024-q3-xlsx",
                                                                 "adjustments-2024-q2-xlsx", "adjustments-2024-q3-xlsx"])
        XCTAssertEqual(resources.map { $0["path"] as? String }, ["departments.csv", "2024-q2/departments.csv", "2024-q3/departments.csv",
                                                                 "2024-q2/adjustments.csv", "2024-q3/adjustments.csv",
                                                                 "departments.xlsx", "2024-q2/departments.xlsx", "2024-q3/departments.xlsx",
                                                                 "2024-q2/adjustments.xlsx", "2024-q3/adjustments.xlsx"])
        XCTAssertEqual(resources.map { $0["format"] as? String }, ["csv", "csv", "csv", "csv", "csv", "xlsx", "xlsx", "xlsx", "xlsx", "xlsx"])
        XCTAssertEqual(Set(resources.map { $0["type"] as? String }), ["table"])

        let league = try XCTUnwrap(resources[2]["schema"] as? [String: Any])
        let fields = try XCTUnwrap(league["fields"] as? [[String: Any]])
        // Built from the CSV writer's own columns: the header of departments.csv, in order.
        XCTAssertEqual(fields.map { $0["name"] as? String }, OpenDataRenderer.csvColumns(OpenDataRenderer.v1Columns, language: "zh").map(\.name))
        XCTAssertEqual(try XCTUnwrap(file("data/2024-q3/departments.csv")).split(separator: "\n").first.map(String.init),
                       fields.compactMap { $0["name"] as? String }.joined(separator: ","))
        func constraints(_ name: String) -> NSDictionary? {
            fields.first { $0["name"] as? String == name }?["constraints"] as? NSDictionary
        }
        XCTAssertEqual(constraints("id"), ["required": true, "unique": true, "pattern": "^[a-z0-9][a-z0-9-]*$"])
        XCTAssertEqual(constraints("rank"), ["required": true, "minimum": 1])
        XCTAssertEqual(constraints("red"), ["required": true, "minimum": 0])
        XCTAssertEqual(constraints("green_rate"), ["minimum": 0, "maximum": 100])
        XCTAssertEqual(constraints("score"), ["required": true])
        XCTAssertEqual(league["primaryKey"] as? [String], ["id"])
        XCTAssertEqual(league["foreignKeys"] as? NSArray, [["fields": ["id"], "reference": ["resource": "departments", "fields": ["id"]]]])
        let registry = try XCTUnwrap(resources[0]["schema"] as? [String: Any])
        XCTAssertEqual((registry["fields"] as? [[String: Any]])?.map { $0["name"] as? String }, ["id", "name", "name_en"])
        XCTAssertNil(registry["foreignKeys"])
    }

    func testDataPackageNamesTheLicenceOfSiteYML() throws {
        var licensed = site
        licensed.content.config.license = OpenDataLicense(name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: nil)
        licensed.periods[1].info.corrections = [Correction(date: F.day("2024-11-01"), text: LocalizedText("更正", language: "zh"))]
        let text = OpenDataRenderer.dataPackage(licensed).prettyText
        XCTAssertTrue(text.contains("""
          "version": "1.2.1",
          "licenses": [
            {
              "name": "CC-BY-4.0",
              "path": "https://creativecommons.org/licenses/by/4.0/"
            }
          ],
        """), text)
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
