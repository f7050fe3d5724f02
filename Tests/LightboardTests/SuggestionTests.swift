import XCTest
@testable import Lightboard

final class SuggestionTests: XCTestCase {
    func testTyposFindTheirIntendedId() {
        XCTAssertEqual(Suggestion.closest(to: "yinzou", among: ["haishu", "yinzhou", "yuyao"]), "yinzhou")
        XCTAssertEqual(Suggestion.closest(to: "nmae", among: ["id", "name"]), "name")
        XCTAssertEqual(Suggestion.closest(to: "ID", among: ["id", "name"]), "id")
        XCTAssertEqual(Suggestion.closest(to: "complain", among: ["complaint", "inquiry"]), "complaint")
    }

    func testNoSuggestionWhenNothingIsClose() {
        XCTAssertNil(Suggestion.closest(to: "x", among: ["nr", "psb"]))
        XCTAssertNil(Suggestion.closest(to: "transport", among: ["housing", "psb"]))
    }
}
