import Foundation
@testable import Lightboard
import XCTest

/// The reference lists each field's errors as the declarations write them: this fails when the
/// code no longer prints one, so a message changed in the code must be changed in the declaration too.
/// A declared error is printed when a string literal of Sources/Lightboard matches it whole, an
/// interpolation `\(…)` of the literal standing for any text (`"missing \(key)"` prints "missing old"),
/// and the literal itself writes at least half of the message: a name such as `"\(singular) id"`
/// matches "duplicate id" but prints no message.
final class DeclaredErrorsTests: XCTestCase {
    func testEveryDeclaredErrorIsPrintedByTheCode() throws {
        let literals = try Self.sourceLiterals()
        for (path, field, error) in Self.declaredErrors() {
            XCTAssertTrue(Self.isPrinted(error, by: literals), "\(path): \(field): no string literal in Sources/Lightboard prints \"\(error)\"")
        }
    }

    /// The check can fail: a message the code does not print, or one changed by a word, matches no literal.
    func testAMessageTheCodeDoesNotPrintIsFound() throws {
        let literals = try Self.sourceLiterals()
        XCTAssertTrue(Self.isPrinted("unknown department group \"X\"", by: literals))
        for error in ["repeated id \"X\"", "unknown department group \"X\" (sic)", "duplicate id", "unknown departement group \"X\""] {
            XCTAssertFalse(Self.isPrinted(error, by: literals), error)
        }
    }

    func testLiteralsAreReadWithTheirInterpolations() {
        let source = #"report("unknown \(kind ?? "none") \"\(id)\"", hint: "a (b)") // "comment \(x)""#
        XCTAssertEqual(Self.literalPatterns(in: source), [#"unknown .+ "\#(".+")""#, #"a \(b\)"#, #"comment .+"#])
    }

    // MARK: - Support

    /// A source literal: its whole-string regex and how many characters it writes outside its interpolations.
    private struct Literal {
        var regex: NSRegularExpression
        var fixedCount: Int
    }

    /// `error` with its placeholders (X, Y, PERIOD: words in capitals) left out counts the characters a literal must write half of.
    private static func isPrinted(_ error: String, by literals: [Literal]) -> Bool {
        let placeholders = try! NSRegularExpression(pattern: "\\b[A-Z]+\\b")
        let messageCount = placeholders.stringByReplacingMatches(in: error, range: NSRange(error.startIndex..., in: error), withTemplate: "").count
        return literals.contains { literal in
            2 * literal.fixedCount >= messageCount
                && literal.regex.firstMatch(in: error, range: NSRange(error.startIndex..., in: error)) != nil
        }
    }

    private static func declaredErrors() -> [(path: String, field: String, error: String)] {
        func errors(_ fields: [InputDeclarations.Field], _ prefix: String, _ path: String) -> [(String, String, String)] {
            fields.flatMap { field in
                field.errors.map { (path, prefix + field.name, $0) } + errors(field.fields, prefix + field.name + ".", path)
            }
        }
        return InputDeclarations.all.flatMap { errors($0.fields, "", $0.path) }
    }

    /// Every string literal with a letter outside its interpolations, as a whole-string regex, from
    /// every source file but the declarations (whose own strings would match themselves).
    private static func sourceLiterals() throws -> [Literal] {
        let folder = LightboardBinary.repository.appendingPathComponent("Sources/Lightboard")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL])
            .filter { $0.pathExtension == "swift" && !$0.lastPathComponent.hasPrefix("InputDeclarations") }
        XCTAssertGreaterThan(files.count, 50)
        return try files.flatMap { try literalPatterns(in: String(contentsOf: $0, encoding: .utf8)) }
            .compactMap { pattern in
                let fixed = pattern.replacingOccurrences(of: ".+", with: "").replacingOccurrences(of: "\\", with: "")
                return fixed.contains(where: \.isLetter) ? Literal(regex: try NSRegularExpression(pattern: "^" + pattern + "$"), fixedCount: fixed.count) : nil
            }
    }

    /// The single-line string literals of Swift `source`, each as a regex of its text with every
    /// interpolation as `.+`; comments count too (they only add patterns), raw and multi-line strings are skipped.
    static func literalPatterns(in source: String) -> [String] {
        let characters = Array(source)
        var index = 0, patterns: [String] = []
        func next(_ offset: Int) -> Character? { index + offset < characters.count ? characters[index + offset] : nil }
        func skip(past end: String) {
            let end = Array(end)
            while index < characters.count, Array(characters[index..<min(index + end.count, characters.count)]) != end { index += 1 }
            index += end.count
        }
        // From after the opening quote to after the closing one.
        func literal() -> String {
            var pattern = ""
            while index < characters.count, characters[index] != "\"", characters[index] != "\n" {
                if characters[index] == "\\", next(1) == "(" {
                    index += 2
                    var depth = 1
                    while index < characters.count, depth > 0 {
                        switch characters[index] {
                        case "(": depth += 1; index += 1
                        case ")": depth -= 1; index += 1
                        case "\"": index += 1; _ = literal()
                        default: index += 1
                        }
                    }
                    pattern += ".+"
                } else if characters[index] == "\\", let escaped = next(1) {
                    pattern += NSRegularExpression.escapedPattern(for: escaped == "n" ? "\n" : escaped == "t" ? "\t" : String(escaped))
                    index += 2
                } else {
                    pattern += NSRegularExpression.escapedPattern(for: String(characters[index]))
                    index += 1
                }
            }
            index += 1
            return pattern
        }
        while index < characters.count {
            if characters[index] == "\"", next(1) == "\"", next(2) == "\"" {
                index += 3
                skip(past: "\"\"\"")
            } else if characters[index] == "#", next(1) == "\"" {
                index += 2
                skip(past: "\"#")
            } else if characters[index] == "\"" {
                index += 1
                patterns.append(literal())
            } else {
                index += 1
            }
        }
        return patterns
    }
}
