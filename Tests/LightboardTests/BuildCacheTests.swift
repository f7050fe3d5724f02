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
                              outputDirectory: path(output).path, unpublished: Self.drafts)
    }

    /// The sample's periods, edited here as drafts: a published figure's change needs a correction (CorrectionsTests).
    static let drafts: Set<PeriodID> = [PeriodID("2024-Q2")!, PeriodID("2024-Q3")!]

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

    func testCacheRecordsReadBackWhatWasWritten() throws {
        let posts = [RedPost(id: "q3-1", department: "housing", isPublic: true, title: "路灯", url: nil,
                             postedAt: Timestamp(instant: 1_727_000_000, localDay: Day(ordinal: 739_000)), workingDaysWaiting: 35),
                     RedPost(id: "q3-2", department: "psb", isPublic: false, title: "", url: "https://board.example/?id=2&x",
                             postedAt: Timestamp(instant: -5, localDay: Day(ordinal: 1)), workingDaysWaiting: 0)]
        let counts = PeriodAccumulator.Counts(
            channelTallies: [Tally(posts: 3, accepted: 2, replied: 1, lights: LightCounts(green: 1, yellow: 2, gray: 3, red: 4))],
            publicPosts: [7, 0], assessed: Tally(posts: 9, settled: 4, rated: 3, satisfied: 2, settledWithin: [1, 4]),
            categoryPosts: [], departmentTallies: [Tally(replied: 5)], redPosts: posts,
            rankingTallies: [[Tally(posts: 2, lights: LightCounts(green: 1))], []], dimensionStars: [0, 1, 2, 3, 4],
            columns: PostsColumns(hasSettledAt: true, hasRatings: false))
        let cache = BuildCache(inputs: BuildInputs(groups: ["site": "executable x\n", "quarters/2024-Q3": "a 1\n"]),
                               outputs: ["en/index.html": "1 2 3 4"], summary: BuildCache.Summary(quarters: 1, months: 2, posts: 9),
                               quarters: ["2024-Q3": BuildCache.CachedPeriod(inputs: "a 1\n", counts: counts)])
        let bytes = cache.fileBytes
        let read = try XCTUnwrap(BuildCache(fileBytes: Data(bytes)))
        XCTAssertEqual(read.inputs, cache.inputs)
        XCTAssertEqual(read.outputs, cache.outputs)
        XCTAssertEqual([read.summary.quarters, read.summary.months, read.summary.posts], [1, 2, 9])
        let quarter = try XCTUnwrap(read.quarters["2024-Q3"])
        XCTAssertEqual(quarter.inputs, "a 1\n")
        XCTAssertEqual(quarter.counts.redPosts, posts)
        XCTAssertEqual(quarter.counts.channelTallies, counts.channelTallies)
        XCTAssertEqual(quarter.counts.assessed, counts.assessed)
        XCTAssertEqual(quarter.counts.rankingTallies, counts.rankingTallies)
        XCTAssertEqual(quarter.counts.dimensionStars, counts.dimensionStars)
        XCTAssertEqual(quarter.counts.columns, counts.columns)
        XCTAssertEqual([quarter.counts.publicPosts, quarter.counts.categoryPosts], [[7, 0], []])
        XCTAssertEqual([quarter.counts.assessed] + quarter.counts.departmentTallies, [counts.assessed] + counts.departmentTallies)
        XCTAssertNil(BuildCache(fileBytes: Data(bytes.dropLast())), "cut short")
        XCTAssertNil(BuildCache(fileBytes: Data(bytes + [0])), "a byte past the end")
        var otherFormat = bytes
        otherFormat[otherFormat.firstIndex(of: UInt8(ascii: "\n"))! - 1] = UInt8(ascii: "9")
        XCTAssertNil(BuildCache(fileBytes: Data(otherFormat)), "another format")
    }

    func testUnreadableCacheMeansAFullBuild() throws {
        try build(into: "site")
        let before = try site("site")
        try Data("not json".utf8).write(to: URL(fileURLWithPath: BuildCache.path(in: path("site").path)))
        XCTAssertEqual(try build(into: "site").write.written, [])
        XCTAssertEqual(try site("site"), before)
    }
}

/// The input stamps list the files `FileManager.subpathsOfDirectory` lists.
final class FileStampsTests: XCTestCase {
    func testTreeWalkListsWhatFileManagerLists() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stamps-\(UUID().uuidString)").path
        let elsewhere = root + "-elsewhere"
        defer { try? FileManager.default.removeItem(atPath: root); try? FileManager.default.removeItem(atPath: elsewhere) }
        for folder in [root + "/quarters/2024-Q3/complex", root + "/.git", elsewhere + "/inner"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        for file in [root + "/site.yml", root + "/.DS_Store", root + "/quarters/2024-Q3/posts.csv",
                     root + "/quarters/2024-Q3/complex/01.md", root + "/.git/HEAD", root + "/市民.md", elsewhere + "/inner/x.md"] {
            XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/linked-folder", withDestinationPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: root + "/linked-file.yml", withDestinationPath: root + "/site.yml")

        let expected = try FileManager.default.subpathsOfDirectory(atPath: root).sorted()
            .filter { FileStamps.stamp(ofFile: root + "/" + $0) != nil }
        XCTAssertEqual(FileStamps.stamps(ofTree: root).map(\.path), expected)
        XCTAssertEqual(expected, [".DS_Store", ".git/HEAD", "linked-file.yml", "quarters/2024-Q3/complex/01.md",
                                  "quarters/2024-Q3/posts.csv", "site.yml", "市民.md"])
    }
}
