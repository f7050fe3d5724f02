import Foundation
import Testing

/// Golden files: `actual` must equal `Tests/LightboardTests/Snapshots/NAME` byte for byte.
///
/// Re-record on purpose, after a change meant to change the output, with
/// `LIGHTBOARD_RECORD_SNAPSHOTS=1 swift test --filter GoldenPageTests`: every
/// snapshot is written and the test fails once, so a recording run never
/// passes by mistake; review the files with `git diff`, then run again. A
/// missing snapshot fails with the same hint and writes nothing (as
/// swift-argument-parser's `assertSnapshot`, without swift-snapshot-testing).
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let recordVariable = "LIGHTBOARD_RECORD_SNAPSHOTS"
    static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable].map { !$0.isEmpty && $0 != "0" } ?? false }

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record("recorded snapshot \(name); run again without \(recordVariable)", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no snapshot \(name); record it with \(recordVariable)=1 swift test --filter GoldenPageTests",
                         sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(expected: String(decoding: data, as: UTF8.self), actual: actual) {
            Issue.record("\(name) differs from its snapshot\n\(difference)\nif the change is meant, re-record: \(recordVariable)=1 swift test --filter GoldenPageTests",
                         sourceLocation: sourceLocation)
        }
    }

    /// The first line that differs, with its number and both versions; nil when equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        func text(_ lines: [Substring]) -> String { line < lines.count ? "\"\(lines[line])\"" : "(no line: the text ends here)" }
        return "line \(line + 1):\n  snapshot: \(text(expectedLines))\n  actual:   \(text(actualLines))"
    }
}
