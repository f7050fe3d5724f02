import Foundation
import XCTest
@testable import Lightboard

/// Rebuilds through the build cache give exactly the site a fresh build gives.
final class BuildCacheTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("build-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Content"), to: path("content"))
    }

    override func tearDownWithError() throws {
        for output in ["site", "fresh"] { try? FileManager.default.removeItem(atPath: BuildCache.path(in: path(output).path)) }
        try? FileManager.default.removeItem(at: work)
    }

    func path(_ name: String) -> URL { work.appendingPathComponent(name) }

    @discardableResult
    func build(into output: String) throws -> BuildSummary {
        try SiteBuilder.build(contentDirectory: path("content").path, templatesDirectory: RenderFixture.templatesDirectory,
                              outputDirectory: path(output).path)
    }

    /// Every file of `folder`, by relative path.
    func site(_ folder: String) throws -> [String: Data] {
        let root = path(folder).path
        var files: [String: Data] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: root) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: root + "/" + relative)
            }
        }
        return files
    }

    func testNothingChangedWritesNothing() throws {
        let first = try build(into: "site")
        let before = try site("site")
        let second = try build(into: "site")
        XCTAssertEqual(second.write.written, [])
        XCTAssertEqual(second.write.unchanged, first.write.written.count)
        XCTAssertEqual(second.posts, first.posts)
        XCTAssertEqual(try site("site"), before)
        XCTAssertTrue(FileManager.default.fileExists(atPath: BuildCache.path(in: path("site").path)))
        XCTAssertFalse(BuildCache.path(in: path("site").path).hasPrefix(path("site").path))
    }

    func testChangedQuarterRebuildsLikeAFreshBuild() throws {
        try build(into: "site")
        let posts = path("content/quarters/2024-Q3/posts.csv")
        var lines = try String(contentsOf: posts, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast(2)  // the last post and the final line break
        try (lines.joined(separator: "\n") + "\n").write(to: posts, atomically: false, encoding: .utf8)

        let rebuilt = try build(into: "site")
        XCTAssertFalse(rebuilt.write.written.isEmpty)
        XCTAssertFalse(rebuilt.write.written.contains { $0.hasPrefix("en/2024-q2/") || $0.hasPrefix("data/2024-q2/") })
        try build(into: "fresh")
        XCTAssertEqual(try site("site"), try site("fresh"))
    }

    func testMissingOutputFileIsWrittenAgain() throws {
        try build(into: "site")
        let before = try site("site")
        try FileManager.default.removeItem(at: path("site/en/index.html"))
        XCTAssertEqual(try build(into: "site").write.written, ["en/index.html"])
        XCTAssertEqual(try site("site"), before)
    }

    func testUnreadableCacheMeansAFullBuild() throws {
        try build(into: "site")
        let before = try site("site")
        try Data("not json".utf8).write(to: URL(fileURLWithPath: BuildCache.path(in: path("site").path)))
        XCTAssertEqual(try build(into: "site").write.written, [])
        XCTAssertEqual(try site("site"), before)
    }
}
