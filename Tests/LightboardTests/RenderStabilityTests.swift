import Foundation
import Testing
@testable import Lightboard

@Suite struct RenderStabilityTests {
    let renderer = SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory)

    @Test func addingAQuarterChangesNoByteOfAnOlderQuarter() throws {
        let before = try renderer.render(RenderFixture.site(quarters: [RenderFixture.q2]))
        var grown = RenderFixture.fullSite
        grown.content.eReading.append(EReadingMonth(
            year: 2024, month: 8, title: LocalizedText(["zh": "8月"]), officials: [], hits: nil, opinions: nil,
            handledWithinDays: nil, feedback: [], body: LocalizedMarkdown()))
        let after = try renderer.render(grown)
        let olderQuarter = { (files: [RenderedFile]) in
            Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasPrefix("zh/2024-q2/") || $0.path.hasPrefix("en/2024-q2/") }
                .map { ($0.path, $0.bytes) })
        }
        #expect(olderQuarter(before).count == 12)  // six pages (report, league, green, red, complex, adjustments) in two languages
        #expect(olderQuarter(before) == olderQuarter(after))
    }

    @Test func renderingIsDeterministic() throws {
        let first = try renderer.render(RenderFixture.fullSite)
        let second = try renderer.render(RenderFixture.fullSite)
        #expect(first == second)
        #expect(first.map(\.path) == first.map(\.path).sorted())
    }

    @Test func templateSyntaxErrorIsReportedWithFileLineAndColumn() throws {
        let directory = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "<h1>{{title}}</h1>\n<p>{{#rows}}x{{/cols}}</p>\n".write(toFile: directory + "/league.mustache", atomically: true, encoding: .utf8)
        let error = #expect(throws: ContentErrors.self) {
            try SiteRenderer(templatesDirectory: directory).render(RenderFixture.fullSite)
        }
        #expect(error?.diagnostics == [Diagnostic(file: directory + "/league.mustache", line: 2, column: 17,
                                                  message: "section closed with a different name than it was opened with")])
        #expect(error?.diagnostics.first?.description.hasPrefix(directory + "/league.mustache:2:17: error: ") == true)
    }

    @Test func missingTemplateFileIsNamed() throws {
        let directory = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.removeItem(atPath: directory + "/red.mustache")
        let error = #expect(throws: ContentErrors.self) {
            try SiteRenderer(templatesDirectory: directory).render(RenderFixture.fullSite)
        }
        #expect(error?.diagnostics.map(\.location) == [directory + "/red.mustache:1"])
    }

    @Test func stringsFileWithABOMAndCRLFIsReadAndAnotherEncodingIsNamed() throws {
        let directory = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/strings/en.yml"
        let strings = try String(contentsOfFile: path, encoding: .utf8)
        try Data([0xEF, 0xBB, 0xBF] + Array(strings.replacingOccurrences(of: "\n", with: "\r\n").utf8)).write(to: URL(fileURLWithPath: path))
        let rendered = try SiteRenderer(templatesDirectory: directory).render(RenderFixture.fullSite)
        let original = try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(RenderFixture.fullSite)
        #expect(rendered == original)

        let lines = strings.split(separator: "\n", omittingEmptySubsequences: false)
        try Data(Array(lines[0..<4].joined(separator: "\n").utf8) + [0x0A, 0xC4, 0xE3, 0x0A] + Array(lines[4...].joined(separator: "\n").utf8))
            .write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: ContentErrors.self) {
            try SiteRenderer(templatesDirectory: directory).render(RenderFixture.fullSite)
        }
        #expect(error?.diagnostics.map(\.location) == [path + ":5"])
        #expect(error?.diagnostics.first?.message == "the file is not valid UTF-8")
    }

    @Test func missingStringIsNamed() throws {
        let directory = try Self.copyOfTemplates()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/strings/en.yml"
        let strings = try String(contentsOfFile: path, encoding: .utf8)
        try strings.replacingOccurrences(of: "\ncol_score:", with: "\nunused:").write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: ContentErrors.self) {
            try SiteRenderer(templatesDirectory: directory).render(RenderFixture.fullSite)
        }
        #expect(error?.diagnostics.map(\.message) == ["missing string `col_score` (present in strings/zh.yml)"])
    }

    /// Writes the fixture site to /tmp/render-preview for screenshots when LIGHTBOARD_PREVIEW=1.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LIGHTBOARD_PREVIEW"] == "1"))
    func writePreview() throws {
        let root = "/tmp/render-preview"
        try? FileManager.default.removeItem(atPath: root)
        for file in try renderer.render(RenderFixture.fullSite) {
            let url = URL(fileURLWithPath: root + "/" + file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    static func copyOfTemplates() throws -> String {
        let directory = NSTemporaryDirectory() + "lightboard-templates-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: RenderFixture.templatesDirectory, toPath: directory)
        return directory
    }
}
