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
        XCTAssertEqual(PostsReader.requiredColumns, ["id", "channel", "department", "category", "posted_at"])
        XCTAssertEqual(PostsReader.optionalColumns, ["accepted_at", "replied_at", "settled_at", "public", "title", "url"])
        XCTAssertEqual(InputDeclarations.departments.optionalNames, ["joined", "group"])
        XCTAssertEqual(InputDeclarations.adjustments.requiredNames, ["department", "date", "kind", "points", "reason", "source"])
        XCTAssertEqual(InputDeclarations.periodInfo.names, ["as_of", "published", "corrections"])
    }

    func testEveryFieldHasItsTextInBothLanguages() {
        for file in InputDeclarations.all {
            for field in file.fields {
                XCTAssertFalse(field.meaning.zh.isEmpty || field.meaning.en.isEmpty || field.format.zh.isEmpty || field.format.en.isEmpty,
                               "\(file.path): \(field.name)")
            }
        }
    }
}
