import Foundation
import XCTest
@testable import generate_template_fields

/// The generated look-ups follow ViewModels.swift, and the generator reads view models as Swift does.
final class TemplateFieldsGenerationTests: XCTestCase {
    static let render = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Lightboard/Render")

    func testGeneratedLookUpsAreInStepWithTheViewModels() throws {
        let viewModels = try GenerateTemplateFields.viewModelFiles(in: Self.render.path)
        XCTAssertEqual(viewModels.first?.name, "ViewModels.swift")
        XCTAssertGreaterThan(viewModels.count, 1, "the parts ViewModels+*.swift are read too")
        let committed = try String(contentsOf: Self.render.appendingPathComponent("TemplateLookups.generated.swift"), encoding: .utf8)
        XCTAssertEqual(try TemplateFieldsGenerator.generate(files: viewModels), committed,
                       "ViewModels.swift changed: run `swift run generate-template-fields` and commit the generated file")
    }

    func testStoredPropertiesInOrderNestedStructsAfterTheirParent() throws {
        let source = """
            /// A row.
            struct Row: Sendable {
                struct Cell: Sendable { var text: String; var isWide: Bool }
                var isAvailable = true
                // a comment: var ignored: String
                var label: String
                var cells: [Cell]
                var href: [String]
                static let empty = Row(label: "", cells: [], href: [])
                var computed: String { label + "!" }
                init(label: String, cells: [Cell], href: [String]) {
                    self.label = label; self.cells = cells; self.href = href
                }
            }
            """
        XCTAssertEqual(try TemplateFieldsGenerator.viewModels(in: source), [
            .init(name: "Row", fields: [.init(name: "isAvailable", type: "Bool", line: 4), .init(name: "label", type: "String", line: 6),
                                        .init(name: "cells", type: "[Cell]", line: 7), .init(name: "href", type: "[String]", line: 8)]),
            .init(name: "Row.Cell", fields: [.init(name: "text", type: "String", line: 3), .init(name: "isWide", type: "Bool", line: 3)]),
        ])
        let generated = try TemplateFieldsGenerator.generate(from: source)
        XCTAssertTrue(generated.contains("        TemplateField(\"cells\", .list(.model(Row.Cell.self))),\n"), generated)
        XCTAssertTrue(generated.contains("        TemplateField(\"href\", .list(.text)),\n"), generated)
        XCTAssertTrue(generated.contains("        case \"isWide\": self.isWide\n"), generated)
        XCTAssertFalse(generated.contains("computed"), generated)
    }

    func testAValueATemplateCannotPrintIsRefusedWithItsLine() {
        for (declaration, field) in [("var count: Int", "count: Int"), ("var note: String?", "note: String?"),
                                     ("var other: Unknown", "other: Unknown"), ("var byId: [String: String]", "byId: [String:String]")] {
            XCTAssertThrowsError(try TemplateFieldsGenerator.generate(from: "struct Page {\n    var title: String\n    \(declaration)\n}")) { error in
                XCTAssertEqual((error as? TemplateFieldsGenerator.Failure)?.description,
                               "ViewModels.swift:3: `\(field)`: a view model holds String, Bool, another view model of this file, "
                                   + "or an array of these (an optional part is a list of zero or one)")
            }
        }
    }

    func testAPropertyWithoutATypeIsRefused() {
        XCTAssertThrowsError(try TemplateFieldsGenerator.generate(from: "struct Page {\n    var count = 0\n}")) { error in
            XCTAssertEqual((error as? TemplateFieldsGenerator.Failure)?.description,
                           "ViewModels.swift:2: `count`: write its type (`count: String = ...`)")
        }
    }
}
