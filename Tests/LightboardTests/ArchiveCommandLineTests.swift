import Foundation
import XCTest

/// `lightboard verify`, `lightboard export --bagit` and the build's refusal to
/// replace a user's file, run as the built binary.
final class ArchiveCommandLineTests: XCTestCase {
    private let repository = LightboardBinary.repository

    /// The sample built into a fresh folder.
    private func builtSample() throws -> URL {
        let site = try makeTemporaryFolder(self, prefix: "cli-archive").appendingPathComponent("Site")
        let result = try LightboardBinary.build(content: repository.appendingPathComponent("Content"), output: site)
        XCTAssertEqual(result.status, 0, result.err)
        return site
    }

    func testVerifyAnIntactBuildAndTheCommittedSite() throws {
        let site = try builtSample()
        let result = try LightboardBinary.run(["verify", site.path])
        XCTAssertEqual(result.status, 0, result.err)
        let listed = try String(contentsOf: site.appendingPathComponent("manifest.sha256"), encoding: .utf8).split(separator: "\n").count
        XCTAssertEqual(result.out, "\(site.path)/ is intact: \(listed) files match manifest.sha256.\n")
        XCTAssertEqual(try LightboardBinary.run(["verify", "Site"]).status, 0, "the committed Site/ matches its manifest")
    }

    func testVerifyNamesEachChangedMissingAndExtraFileAndFails() throws {
        let site = try builtSample()
        try Data("tampered".utf8).write(to: site.appendingPathComponent("data/2024-q3/departments.csv"))
        try FileManager.default.removeItem(at: site.appendingPathComponent("en/2024-q3/red/index.html"))
        try Data("<script>".utf8).write(to: site.appendingPathComponent("zh/2024-q3/extra.html"))
        let result = try LightboardBinary.run(["verify", site.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, "")
        let lines = result.err.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.dropLast(), [
            "\(site.path)/data/2024-q3/departments.csv: error: changed: its SHA-256 differs from manifest.sha256",
            "\(site.path)/en/2024-q3/red/index.html: error: missing: listed in manifest.sha256, not in the folder",
            "\(site.path)/zh/2024-q3/extra.html: error: extra: in the folder, not listed in manifest.sha256",
        ])
        XCTAssertTrue(lines.last?.hasPrefix("lightboard: \(site.path)/ does not match its manifest.sha256: "
            + "1 changed, 1 missing, 1 extra file (") == true, result.err)
    }

    func testVerifyAFolderWithoutManifest() throws {
        let folder = try makeTemporaryFolder(self, prefix: "cli-archive")
        let result = try LightboardBinary.run(["verify", folder.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.hasPrefix("\(folder.path)/manifest.sha256: error: no manifest"), result.err)
    }

    /// Contract §1: the user's own index.html in the output folder is not overwritten.
    func testBuildRefusesToReplaceTheUsersIndexHTML() throws {
        let site = try makeTemporaryFolder(self, prefix: "cli-archive").appendingPathComponent("Site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("<h1>Our own page</h1>".utf8).write(to: site.appendingPathComponent("index.html"))
        let result = try LightboardBinary.build(content: repository.appendingPathComponent("Content"), output: site)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.hasPrefix("\(site.path)/index.html: error: this file was not written by Lightboard, "
            + "and the build would replace it\n    hint: move it out of \(site.path)/"), result.err)
        XCTAssertTrue(result.err.hasSuffix("lightboard: 1 error; nothing was written to \(site.path)/.\n"), result.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: site.path), ["index.html"])
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), "<h1>Our own page</h1>")
    }

    func testExportABag() throws {
        let bag = try makeTemporaryFolder(self, prefix: "cli-archive").appendingPathComponent("bag")
        let result = try LightboardBinary.run(["export", "--bagit", "2024-Q3", bag.path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("Bagged 2024-Q3 into \(bag.path)/: "), result.out)
        XCTAssertTrue(FileManager.default.fileExists(atPath: bag.appendingPathComponent("bag-info.txt").path))
    }

    func testExportRejectsAPeriodThatIsNotOne() throws {
        let result = try LightboardBinary.run(["export", "--bagit", "2024Q3", "bag"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.err.contains("'2024Q3' is not a period: write a quarter as 2024-Q3 or a month as 2019-05."), result.err)
    }

    func testExportAMonthTheContentDoesNotHave() throws {
        let bag = try makeTemporaryFolder(self, prefix: "cli-archive").appendingPathComponent("bag")
        let result = try LightboardBinary.run(["export", "--bagit", "2019-05", bag.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.hasPrefix("Content/months/2019-05: error: no period 2019-05 in Content/\n"
            + "    hint: periods in the content: 2024-Q2, 2024-Q3\n"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: bag.path))
    }
}
