import Foundation
@testable import Lightboard
import XCTest

/// docs/input-reference.md and .zh.md are written from InputDeclarations, which the loaders
/// check the content against: this fails when they drift. Re-write them with
/// `LIGHTBOARD_RECORD_REFERENCE=1 swift test --filter InputReferenceTests`.
final class InputReferenceTests: XCTestCase {
    func testTheCommittedReferenceIsTheOneTheDeclarationsGive() throws {
        for language in InputReference.languages {
            let url = LightboardBinary.repository.appendingPathComponent(InputReference.path(language))
            let expected = InputReference.markdown(language)
            if ProcessInfo.processInfo.environment["LIGHTBOARD_RECORD_REFERENCE"] == "1" {
                try Data(expected.utf8).write(to: url)
            }
            let committed = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(committed, expected, "\(InputReference.path(language)) is out of date: run LIGHTBOARD_RECORD_REFERENCE=1 swift test --filter InputReferenceTests")
        }
    }

    /// The loaders take their names from the declarations: a column the reference lists is accepted, one it does not is not.
    func testTheLoadersAcceptWhatTheReferenceLists() {
        XCTAssertEqual(PostsValidator.requiredColumns, ["id", "channel", "department", "category", "posted_at"])
        XCTAssertEqual(PostsValidator.optionalColumns, ["accepted_at", "replied_at", "settled_at", "public", "title", "url"])
        XCTAssertEqual(InputDeclarations.departments.optionalNames, ["joined", "group"])
        XCTAssertEqual(InputDeclarations.adjustments.requiredNames, ["department", "date", "kind", "points", "reason", "source"])
        XCTAssertEqual(InputDeclarations.periodInfo.names, ["as_of", "published", "corrections"])
        XCTAssertEqual(InputDeclarations.site.names(of: "assessment"), ["channels", "lights", "score", "settle_within", "thresholds"])
        XCTAssertEqual(InputDeclarations.site.names(of: "assessment.lights"), ["green", "yellow"])
        XCTAssertEqual(InputDeclarations.site.names(of: "assessment.score.weights"), RateKind.allCases.map(\.rawValue))
        XCTAssertEqual(InputDeclarations.site.names(of: "categories"), ["id", "name", "parent"])
        XCTAssertEqual(InputDeclarations.site.names(of: "rankings"), ["id", "title", "channels", "by", "top"])
        XCTAssertEqual(InputDeclarations.periodInfo.names(of: "corrections.changes"), ["figure", "old", "new"])
        XCTAssertEqual(InputDeclarations.eReading.names(of: "officials"), ["name", "role"])
        XCTAssertEqual(InputDeclarations.eReadingTranslation.names, ["title"])
        XCTAssertEqual(ContentValidator.complexIssueFacts, ["lead", "partners", "resolved"])
    }

    /// Nested keys are rows of their own: a mapping's keys after a dot, a list's entries after `[].`.
    func testTheReferenceListsNestedKeys() {
        let english = InputReference.markdown("en")
        XCTAssertTrue(english.contains("| `assessment.lights.green` | no | a whole number (working days, inclusive) | 3 | the green limit |  |\n"))
        XCTAssertTrue(english.contains("| `rankings[].top` | no | a positive whole number | every department | how many departments it lists | `ranking top 0 keeps nothing` |\n"))
        XCTAssertTrue(english.contains("| `corrections[].changes[].figure` | yes |"))
        XCTAssertTrue(InputReference.markdown("zh").contains("| `assessment.lights.green` | 否 | 非负整数（工作日，含） | 3 | 绿灯时限 |  |\n"))
    }

    func testEveryFieldHasItsTextInBothLanguages() {
        for file in InputDeclarations.all {
            for field in Self.allFields(file.fields) {
                XCTAssertFalse(field.meaning.zh.isEmpty || field.meaning.en.isEmpty || field.format.zh.isEmpty || field.format.en.isEmpty,
                               "\(file.path): \(field.name)")
            }
        }
    }

    private static func allFields(_ fields: [InputDeclarations.Field]) -> [InputDeclarations.Field] {
        fields.flatMap { [$0] + allFields($0.fields) }
    }
}
