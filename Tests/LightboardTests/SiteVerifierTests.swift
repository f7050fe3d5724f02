import Foundation
import XCTest
@testable import Lightboard

/// The public manifest and `SiteVerifier` on a copy of a site, tampered with in each way.
final class SiteVerifierTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder(self, prefix: "verify")
        let files = [RenderedFile(path: "index.html", text: "home"), RenderedFile(path: "zh/2024-q3/index.html", text: "季度"),
                     RenderedFile(path: "data/2024-q3/summary.json", text: "{}\n")]
        _ = try SiteWriter(outputDirectory: folder.path)
            .write(files + [PublicManifest.file(for: files, kept: [], outputDirectory: folder.path)])
    }

    private func put(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Digests from `sha256sum`.
    func testManifestIsSha256sumFormatSortedByPathWithoutItself() throws {
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("manifest.sha256"), encoding: .utf8), """
        ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356  data/2024-q3/summary.json
        4ea140588150773ce3aace786aeef7f4049ce100fa649c94fbbddb960f1da942  index.html
        4f1c54f507c95009111b161db4b8d77cc21d2fe8d4b78f4bcb2c088a72c3b64d  zh/2024-q3/index.html

        """)
    }

    func testPathsWithABackslashOrLineBreakAreEscapedAsSha256sumDoes() {
        let digest = String(repeating: "0", count: 64)
        XCTAssertEqual(PublicManifest.text(["a\\b": digest, "c\nd": digest, "e f": digest]),
                       "\\\(digest)  a\\\\b\n\\\(digest)  c\\nd\n\(digest)  e f\n")
    }

    func testIntactCopy() throws {
        XCTAssertEqual(try SiteVerifier.verify(directory: folder.path), SiteVerifier.Report(listed: 3))
    }

    func testChangedFileIsNamed() throws {
        try put("zh/2024-q3/index.html", "季度!")
        XCTAssertEqual(try SiteVerifier.verify(directory: folder.path),
                       SiteVerifier.Report(listed: 3, changed: ["zh/2024-q3/index.html"]))
    }

    func testMissingFileIsNamed() throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent("data/2024-q3/summary.json"))
        XCTAssertEqual(try SiteVerifier.verify(directory: folder.path),
                       SiteVerifier.Report(listed: 3, missing: ["data/2024-q3/summary.json"]))
    }

    /// An extra file is named; .git/ and the writer's private manifest are not extras.
    func testExtraFileIsNamedButNotGitOrThePrivateManifest() throws {
        try put("zh/2024-q3/notes.txt", "mine")
        try put(".git/HEAD", "ref: refs/heads/main\n")
        XCTAssertEqual(try SiteVerifier.verify(directory: folder.path),
                       SiteVerifier.Report(listed: 3, extra: ["zh/2024-q3/notes.txt"]))
    }

    func testEveryProblemAtOnceOneLineEach() throws {
        try put("index.html", "changed")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("zh/2024-q3/index.html"))
        try put("CNAME", "ratings.example\n")
        let report = try SiteVerifier.verify(directory: folder.path)
        XCTAssertEqual(report.problems(in: "copy").map(\.description), [
            "copy/index.html: error: changed: its SHA-256 differs from manifest.sha256",
            "copy/zh/2024-q3/index.html: error: missing: listed in manifest.sha256, not in the folder",
            "copy/CNAME: error: extra: in the folder, not listed in manifest.sha256",
        ])
    }

    func testMissingManifest() throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent("manifest.sha256"))
        XCTAssertThrowsError(try SiteVerifier.verify(directory: folder.path)) { error in
            XCTAssertEqual((error as? FileErrors)?.errors.map(\.path), [folder.path + "/manifest.sha256"])
        }
    }

    func testMalformedManifestLinesAreEachReported() throws {
        let digest = String(repeating: "a", count: 64)
        try put("manifest.sha256", "\(digest)  index.html\nnot a line\n\(digest)  ../etc/passwd\n\(digest)  index.html\n")
        XCTAssertThrowsError(try SiteVerifier.verify(directory: folder.path)) { error in
            let file = folder.path + "/manifest.sha256"
            let hint = "each line is 64 lower-case hex digits, two spaces and a path inside the folder"
            XCTAssertEqual((error as? ContentErrors)?.diagnostics, [
                Diagnostic(file: file, line: 2, message: "not a manifest line: \"not a line\"", hint: hint),
                Diagnostic(file: file, line: 3, message: "not a manifest line: \"\(digest)  ../etc/passwd\"", hint: hint),
                Diagnostic(file: file, line: 4, message: "index.html is listed twice"),
            ])
        }
    }
}
