import Foundation
import XCTest
@testable import Lightboard

final class SiteWriterTests: XCTestCase {
    var output: URL!

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func put(_ path: String, _ text: String) throws {
        let url = output.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testWritesFilesAndManifestAndKeepsForeignFiles() throws {
        try put("CNAME", "ratings.example\n")
        try put(".git/HEAD", "ref: refs/heads/main\n")
        let report = try SiteWriter(outputDirectory: output.path).write([
            RenderedFile(path: "zh/index.html", text: "首页"),
            RenderedFile(path: "index.html", text: "home"),
        ])
        XCTAssertEqual(report.written, ["index.html", "zh/index.html"])
        XCTAssertEqual(read("zh/index.html"), "首页")
        XCTAssertEqual(read(SiteWriter.manifestName), "index.html\nzh/index.html\n")
        XCTAssertEqual(read("CNAME"), "ratings.example\n")
        XCTAssertEqual(read(".git/HEAD"), "ref: refs/heads/main\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent(".lightboard-tmp").path))
    }

    func testUnchangedFilesAreNotRewrittenAndStaleOnesRemoved() throws {
        let writer = SiteWriter(outputDirectory: output.path)
        _ = try writer.write([
            RenderedFile(path: "a/old/index.html", text: "old"),
            RenderedFile(path: "same.txt", text: "same"),
        ])
        try put("a/mine.txt", "not generated")
        let sameURL = output.appendingPathComponent("same.txt")
        let past = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: sameURL.path)

        let report = try writer.write([RenderedFile(path: "same.txt", text: "same")])

        XCTAssertEqual(report.written, [])
        XCTAssertEqual(report.unchanged, 1)
        XCTAssertEqual(report.removed, ["a/old/index.html"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("a/old").path))
        XCTAssertEqual(read("a/mine.txt"), "not generated")
        let modified = try FileManager.default.attributesOfItem(atPath: sameURL.path)[.modificationDate] as? Date
        XCTAssertEqual(modified, past)
    }

    func testRefusesPathsOutsideTheOutputFolder() throws {
        for path in ["../escape.html", "/etc/passwd", "a/../../b", ".git/config", "", "a//b"] {
            XCTAssertThrowsError(try SiteWriter(outputDirectory: output.path).write([RenderedFile(path: path, text: "x")]), path)
        }
        XCTAssertNil(read(SiteWriter.manifestName))
    }

    /// A build killed after writing some files: the manifest already names them,
    /// so the next build that no longer produces them removes them.
    func testInterruptedBuildIsRepairedByTheNextBuild() throws {
        try put(SiteWriter.manifestName, "kept.html\norphan.html\n")
        try put("orphan.html", "written by a killed build")
        try put(".lightboard-tmp/1234", "half-written temporary file")
        let report = try SiteWriter(outputDirectory: output.path).write([RenderedFile(path: "kept.html", text: "new")])
        XCTAssertEqual(report.removed, ["orphan.html"])
        XCTAssertEqual(read("kept.html"), "new")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent(".lightboard-tmp").path))
    }

    // MARK: - A file of the user's at a generated path (contract §1)

    func testRefusesToReplaceAUserFileAtAGeneratedPathAndWritesNothing() throws {
        try put("index.html", "<h1>Our own home page</h1>")
        try put("zh/about/index.html", "ours too")
        let before = try FolderSnapshot(output)
        XCTAssertThrowsError(try SiteWriter(outputDirectory: output.path).write([
            RenderedFile(path: "index.html", text: "home"), RenderedFile(path: "zh/about/index.html", text: "关于"),
            RenderedFile(path: "zh/index.html", text: "首页"),
        ])) { error in
            let folder = output.path + "/"
            let hint = "move it out of \(folder) (Lightboard generates this path) and build again; "
                + "Lightboard replaces only the files listed in \(folder).lightboard-manifest"
            XCTAssertEqual((error as? FileErrors)?.errors, [
                FileError(path: folder + "index.html", message: "this file was not written by Lightboard, and the build would replace it", hint: hint),
                FileError(path: folder + "zh/about/index.html", message: "this file was not written by Lightboard, and the build would replace it", hint: hint),
            ])
        }
        XCTAssertEqual(try FolderSnapshot(output), before)
    }

    func testReplacesAFileItWroteEvenWhenEditedByHand() throws {
        let writer = SiteWriter(outputDirectory: output.path)
        _ = try writer.write([RenderedFile(path: "index.html", text: "home")])
        try put("index.html", "edited")
        XCTAssertEqual(try writer.write([RenderedFile(path: "index.html", text: "home")]).written, ["index.html"])
        XCTAssertEqual(read("index.html"), "home")
    }

    /// A copy of a built site without the private manifest (a fresh clone) is still
    /// known to be Lightboard's by its public manifest.sha256.
    func testAFileListedInThePublicManifestIsLightboards() throws {
        try put("index.html", "old home")
        try put(PublicManifest.name, "\(SHA256.hex(Array("old home".utf8)))  index.html\n")
        XCTAssertEqual(try SiteWriter(outputDirectory: output.path).write([RenderedFile(path: "index.html", text: "home")]).written,
                       ["index.html"])
        XCTAssertEqual(read("index.html"), "home")
    }

    /// A user's file with exactly the bytes Lightboard generates loses nothing: it is adopted.
    func testAUserFileWithTheSameBytesIsAdopted() throws {
        try put("robots.txt", "User-agent: *\n")
        let report = try SiteWriter(outputDirectory: output.path).write([RenderedFile(path: "robots.txt", text: "User-agent: *\n")])
        XCTAssertEqual(report.unchanged, 1)
        XCTAssertEqual(read(SiteWriter.manifestName), "robots.txt\n")
    }
}
