import Foundation
import XCTest
@testable import Lightboard

/// How the published figures a correction records are named, compared and read back (docs/archiving.md §6).
final class PublishedFiguresTests: XCTestCase {
    func testFiguresAreNamedByTheirPathWithArrayElementsByTheirID() throws {
        let summary = """
            {"quarter": "2024-Q3", "published": "2024-11-25",
             "channels": [{"id": "board", "posts": 3, "reply_rate": 66.7}],
             "assessment": {"lights": {"green": 1}, "top_red": ["a", "b"], "departments_all_green_change": null},
             "below_thresholds": [{"rate": "reply_rate", "threshold": 92, "departments": ["a"]}]}
            """
        let departments = #"[{"id": "a", "rank": 1, "score": 12.5}, {"id": "b\"q", "rank": 2, "score": -0.25}]"#
        let files = ["data/2024-q3/summary.json": summary, "data/2024-q3/departments.json": departments]
        let figures = PublishedFigures(period: PeriodID(folderName: "2024-Q3", kind: .quarter)!, rankings: ["r"]) { files[$0] }
        XCTAssertEqual(figures.values.mapValues(\.json), [
            "published": "\"2024-11-25\"",
            "channels.board.posts": "3", "channels.board.reply_rate": "66.7",
            "assessment.lights.green": "1", "assessment.top_red": "[\"a\",\"b\"]", "assessment.departments_all_green_change": "null",
            "below_thresholds.reply_rate.threshold": "92", "below_thresholds.reply_rate.departments": "[\"a\"]",
            "departments.a.rank": "1", "departments.a.score": "12.5",
            "departments.b\"q.rank": "2", "departments.b\"q.score": "-0.25",
        ])
    }

    /// One naming rule (`JSONValue.forEachNamedValue`): every figure a text can name with `{{figure NAME}}`
    /// is a figure a correction records under the same name (a key of `assessment` with its prefix).
    func testTextAndCorrectionsNameFiguresAlike() throws {
        let summary = """
            {"quarter": "2024-Q3", "as_of": "2024-11-18",
             "channels": [{"id": "board", "posts": 3, "reply_rate": 66.7}],
             "assessment": {"posts": 3, "green_rate": 33.3, "top_red": ["a"], "departments_no_red_change": -2},
             "satisfaction": {"dimensions": [{"id": "speed", "mean": 4.5, "stars": [0, 0, 0, 1, 1]}]},
             "below_thresholds": [{"rate": "reply_rate", "threshold": 92.5, "departments": ["a"]}]}
            """
        let table = FigureTable(summary: try XCTUnwrap(JSONValue(parsing: summary)))
        let published = PublishedFigures(period: PeriodID(folderName: "2024-Q3", kind: .quarter)!, rankings: []) {
            $0.hasSuffix("summary.json") ? summary : nil
        }
        let textNames = table.figures.map(\.path)
        XCTAssertEqual(textNames, ["as_of", "channels.board.posts", "channels.board.reply_rate", "assessment.posts",
                                   "assessment.green_rate", "assessment.departments_no_red_change",
                                   "satisfaction.dimensions.speed.mean", "below_thresholds.reply_rate.threshold"])
        XCTAssertEqual(Set(textNames).subtracting(published.values.keys), [])
        // Lists are figures of a correction only; a threshold is written as site.yml gives it.
        XCTAssertEqual(Set(published.values.keys).subtracting(textNames),
                       ["assessment.top_red", "satisfaction.dimensions.speed.stars", "below_thresholds.reply_rate.departments"])
        let zh = Formatting(strings: try RenderFormattingTests.strings("zh"))
        XCTAssertEqual(table.figure(named: "below_thresholds.reply_rate.threshold").map(zh.text), "92.5%")
        XCTAssertEqual(table.figure(named: "departments_no_red_change").map(zh.text), "\u{2212}2")
        // A whole threshold is a percent too, whichever way its number is held.
        let whole = FigureTable(summary: .object([JSONMember("below_thresholds", .array([.object([
            JSONMember("rate", .string("settle_rate")), JSONMember("threshold", .integer(99))])]))]))
        XCTAssertEqual(whole.figure(named: "below_thresholds.settle_rate.threshold").map(zh.text), "99%")
    }

    func testNumbersCompareByValueAndAGoneFigureIsNull() {
        XCTAssertEqual(FigureValue(json: "72.40"), FigureValue(json: "72.4"))
        XCTAssertEqual(FigureValue(json: "100"), FigureValue(json: "100.0"))
        XCTAssertNotEqual(FigureValue(json: "\"72.4\""), FigureValue(json: "72.4"))
        XCTAssertNotEqual(FigureValue(json: "0"), FigureValue.null)
        let before = PublishedFigures(values: ["a": FigureValue(json: "1"), "b": FigureValue(json: "2.0")])
        let after = PublishedFigures(values: ["b": FigureValue(json: "2"), "c": FigureValue(json: "3")])
        // A figure published for the first time (a department new in the league) is a change from null.
        XCTAssertEqual(after.changes(since: before), [FigureChange(figure: "a", old: FigureValue(json: "1"), new: .null),
                                                      FigureChange(figure: "c", old: .null, new: FigureValue(json: "3"))])
    }

    func testAnEmptyArrayIsNoFigureSoItsElementsAppearFromNull() throws {
        let period = PeriodID(folderName: "2024-Q3", kind: .quarter)!
        let empty = PublishedFigures(period: period, rankings: []) { $0.hasSuffix("departments.json") ? "[]" : nil }
        XCTAssertEqual(empty.values, [:])
        let league = PublishedFigures(period: period, rankings: []) {
            $0.hasSuffix("departments.json") ? #"[{"id": "a", "rank": 1}]"# : nil
        }
        XCTAssertEqual(league.changes(since: empty), [FigureChange(figure: "departments.a.rank", old: .null, new: FigureValue(json: "1"))])
    }

    func testTheReaderRejectsWhatIsNotJSON() {
        XCTAssertNil(JSONValue(parsing: "{\"a\": 1"))
        XCTAssertNil(JSONValue(parsing: "[1, 2] x"))
        XCTAssertNil(JSONValue(parsing: "01"))
        XCTAssertEqual(JSONValue(parsing: " [\"\\u00e9\\n\", -1.5, null] "), .array([.string("é\n"), .number("-1.5"), .null]))
    }
}
