import Foundation
import XCTest

/// Runs the built `lightboard` binary and checks exit codes, stdout and stderr.
final class CommandLineTests: XCTestCase {
    static let repository = LightboardBinary.repository

    func run(_ arguments: [String], in directory: URL = repository) throws -> (status: Int32, out: String, err: String) {
        try LightboardBinary.run(arguments, in: directory)
    }

    func temporaryDirectory() throws -> URL {
        try makeTemporaryFolder(self, prefix: "cli")
    }

    func testHelpListsBuildAndCheck() throws {
        let result = try run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.out.contains("build"), result.out)
        XCTAssertTrue(result.out.contains("check"), result.out)
        XCTAssertTrue(try run(["build", "--help"]).out.contains("--templates <DIR>"))
    }

    func testVersion() throws {
        let result = try run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    func testCheckOnTheSamplePasses() throws {
        let result = try run(["check"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("valid"), result.out)
    }

    /// Every error at once, as FILE:LINE: error: MESSAGE, and the output folder untouched.
    func testBuildWithErrorsPrintsEveryErrorAndWritesNothing() throws {
        let work = try temporaryDirectory()
        let content = work.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Content"), to: content)
        let posts = content.appendingPathComponent("quarters/2024-Q3/posts.csv")
        var lines = try String(contentsOf: posts, encoding: .utf8).components(separatedBy: "\n")
        lines[1] = lines[1].replacingOccurrences(of: ",board,nr,", with: ",board,yinzou,")
        lines[4] = lines[4].replacingOccurrences(of: ",board,", with: ",boards,")
        try lines.joined(separator: "\n").write(to: posts, atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("Site")
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "ratings.example\n".write(to: output.appendingPathComponent("CNAME"), atomically: true, encoding: .utf8)

        let result = try run(["build", "--content", "Content", "--output", "Site"], in: work)

        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("Content/quarters/2024-Q3/posts.csv:2: error: unknown department \"yinzou\"\n    hint: did you mean \"yinzhou\"?"), result.err)
        XCTAssertTrue(result.err.contains("Content/quarters/2024-Q3/posts.csv:5: error: unknown channel \"boards\""), result.err)
        XCTAssertTrue(result.err.contains("2 errors; nothing was written"), result.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted(), [".git", "CNAME"])
    }

    /// Run from another folder without --templates, the build uses this Lightboard's own Templates.
    func testBuildFromAnotherFolderFindsTheTemplates() throws {
        let work = try temporaryDirectory()
        let content = Self.repository.appendingPathComponent("Content").path
        let result = try run(["build", "--content", content, "--output", "out"], in: work)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/zh/2024-q3/index.html").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/data/2024-q3/summary.json").path))
    }

    func testCheckWritesNothingAndFailsOnErrors() throws {
        let work = try temporaryDirectory()
        try "title: x\n".write(to: work.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        let result = try run(["check", "--content", work.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.err.contains("\(work.path)/departments.csv:1: error:"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: Self.repository.appendingPathComponent("Site/.lightboard-tmp").path))
    }

    /// A copy of Templates/ with a mistyped value, a mistyped partial and a renamed placeholder.
    func mistypedTemplates(in work: URL) throws -> URL {
        let templates = work.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Templates"), to: templates)
        for (file, old, new) in [("league.mustache", "<h1>{{title}}</h1>", "<h1>{{titel}}</h1>"),
                                 ("green.mustache", "{{> quarter-nav}}", "{{> quarter-navi}}"),
                                 ("strings/en.yml", "{date}\"\npublished", "{datum}\"\npublished")] {
            let url = templates.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            XCTAssertTrue(text.contains(old), file)
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        return templates
    }

    func testBuildWithTemplateMistakesPrintsEveryOneAndWritesNothing() throws {
        let work = try temporaryDirectory()
        _ = try mistypedTemplates(in: work)
        let content = Self.repository.appendingPathComponent("Content").path
        let result = try run(["build", "--content", content, "--templates", "Templates", "--output", "Site"], in: work)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.err, """
            Templates/strings/en.yml:11:27: error: placeholder {datum} in `as_of_note` is not filled by the program
                hint: the program fills {date} in `as_of_note`
            Templates/green.mustache:1:15: error: unknown partial "quarter-navi"
                hint: did you mean "quarter-nav"?
            Templates/league.mustache:2:7: error: unknown value "titel"
                hint: did you mean "title"?
            lightboard: 3 errors; nothing was written to Site/.

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("Site").path))
    }

    func testCheckWithTemplatesReportsTheSameAndPassesOnTheShippedOnes() throws {
        let work = try temporaryDirectory()
        _ = try mistypedTemplates(in: work)
        let content = Self.repository.appendingPathComponent("Content").path
        let broken = try run(["check", "--content", content, "--templates", "Templates"], in: work)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.err.contains("Templates/league.mustache:2:7: error: unknown value \"titel\""), broken.err)
        XCTAssertTrue(broken.err.hasSuffix("lightboard: 3 errors.\n"), broken.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["Templates"])

        let shipped = try run(["check", "--templates", "Templates"])
        XCTAssertEqual(shipped.status, 0, shipped.err)
        XCTAssertTrue(shipped.out.hasSuffix("; Templates/ is valid.\n"), shipped.out)
    }
}
