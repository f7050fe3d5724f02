import Foundation
import XCTest
@testable import Lightboard

/// `open_data: {posts: true}`: data/SLUG/posts.csv, desensitised, streamed into the site.
/// (scripts/recompute-open-data.py, run by `make archive-check`, recomputes the sample's figures from it.)
final class PostsOpenDataTests: XCTestCase {
    private var work: TemporaryFolder!
    private var output: String { work.path + "/site" }

    // 2024-09-28 is a Saturday, 09-29 a working Sunday, 10-01..07 holidays; as_of 2024-10-15.
    private static let posts = """
        id,channel,department,category,posted_at,accepted_at,replied_at,public,title,url
        p1,board,yinzhou,inquiry,2024-07-01T09:00,2024-07-01T10:00,2024-07-04T09:00,yes,Title one,https://e.example/p1
        p2,board,haishu,complaint,2024-09-27T23:30:00Z,2024-09-28T09:00,2024-10-10T12:00,no,Secret title,https://e.example/p2
        p3,board,yinzhou,inquiry,2024-09-30T10:00,2024-09-30T11:00,,yes,"Comma, title",
        p4,mailbox,yinzhou,complaint,2024-08-01T08:00,,2024-10-20T08:00,YES,Late,

        """

    override func setUpWithError() throws {
        var files = minimalContent
        files["site.yml"]! += "open_data: {posts: true}\n"
        files["quarters/2024-Q3/posts.csv"] = Self.posts
        work = try TemporaryFolder(files.mapKeys { "content/" + $0 })
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: BuildCache.path(in: output))
    }

    @discardableResult
    private func build() throws -> BuildSummary {
        try SiteBuilder.build(contentDirectory: work.path + "/content", templatesDirectory: RenderFixture.templatesDirectory,
                              outputDirectory: output)
    }

    private func read(_ path: String) throws -> String { try String(contentsOfFile: output + "/" + path, encoding: .utf8) }

    func testEveryPostDesensitisedWithItsDatesLightAndWorkingDays() throws {
        try build()
        // p1: 07-02..04 = 3 working days, green. p2: posted 07:30 on Saturday 09-28 in Shanghai; 09-29, 09-30,
        // 10-08, 10-09, 10-10 = 5, yellow; not public, so no title or link. p3: red, no reply.
        // p4: not accepted (no light); its reply on 10-20 is after as_of, so no working days, but shown as given.
        XCTAssertEqual(try read("data/2024-q3/posts.csv"), """
            id,channel,department,category,posted_at,accepted_at,replied_at,light,working_days,public,title,url
            p1,board,yinzhou,inquiry,2024-07-01T09:00:00+08:00,2024-07-01T10:00:00+08:00,2024-07-04T09:00:00+08:00,green,3,yes,Title one,https://e.example/p1
            p2,board,haishu,complaint,2024-09-28T07:30:00+08:00,2024-09-28T09:00:00+08:00,2024-10-10T12:00:00+08:00,yellow,5,no,,
            p3,board,yinzhou,inquiry,2024-09-30T10:00:00+08:00,2024-09-30T11:00:00+08:00,,red,,yes,"Comma, title",
            p4,mailbox,yinzhou,complaint,2024-08-01T08:00:00+08:00,,2024-10-20T08:00:00+08:00,,,yes,Late,

            """)
    }

    func testListedInTheManifestAndTheDataPackageWithItsSchema() throws {
        try build()
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: output + "/data/2024-q3/posts.csv"))
        XCTAssertTrue(try read(PublicManifest.name).contains(SHA256.hex(Array(bytes)) + "  data/2024-q3/posts.csv\n"))
        let package = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try read("data/datapackage.json").utf8)) as? NSDictionary)
        let resources = try XCTUnwrap(package["resources"] as? [NSDictionary])
        let posts = try XCTUnwrap(resources.first { $0["name"] as? String == "posts-2024-q3" })
        XCTAssertEqual(posts["path"] as? String, "2024-q3/posts.csv")
        let workbook = try XCTUnwrap(resources.first { $0["name"] as? String == "posts-2024-q3-xlsx" })
        XCTAssertEqual(workbook["path"] as? String, "2024-q3/posts.xlsx")
        XCTAssertEqual(workbook["schema"] as? NSDictionary, posts["schema"] as? NSDictionary)
        XCTAssertTrue(try read(PublicManifest.name).contains("  data/2024-q3/posts.xlsx\n"))
        let schema = try XCTUnwrap(posts["schema"] as? NSDictionary)
        let fields = try XCTUnwrap(schema["fields"] as? [NSDictionary])
        XCTAssertEqual(fields.map { $0["name"] as! String }.joined(separator: ","),
                       try read("data/2024-q3/posts.csv").split(separator: "\n")[0].description)
        XCTAssertEqual(fields.map { $0["type"] as! String },
                       ["string", "string", "string", "string", "datetime", "datetime", "datetime", "string", "integer",
                        "string", "string", "string"])
        XCTAssertEqual((fields[7]["constraints"] as? NSDictionary)?["enum"] as? [String], ["green", "yellow", "gray", "red"])
        XCTAssertEqual(schema["primaryKey"] as? [String], ["id"])
        let key = try XCTUnwrap((schema["foreignKeys"] as? [NSDictionary])?.first)
        XCTAssertEqual(key["fields"] as? [String], ["department"])
        XCTAssertEqual((key["reference"] as? NSDictionary)?["resource"] as? String, "departments")
    }

    func testARebuildKeepsItAndAChangedPostRewritesIt() throws {
        try build()
        XCTAssertEqual(try build().write.written, [])
        try work.write("content/quarters/2024-Q3/posts.csv", Array(Self.posts.replacingOccurrences(of: "Title one", with: "Renamed").utf8))
        let report = try build().write
        XCTAssertTrue(report.written.contains("data/2024-q3/posts.csv") && report.written.contains("data/2024-q3/posts.xlsx"),
                      "\(report.written)")
        XCTAssertTrue(try read("data/2024-q3/posts.csv").contains(",yes,Renamed,"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/" + SiteWriter.stagingFolderName))
        XCTAssertNoThrow(try SiteVerifier.verify(directory: output))
    }

    func testOffUnlessSwitchedOn() throws {
        try work.write("content/site.yml", Array(minimalContent["site.yml"]!.utf8))
        try build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/data/2024-q3/posts.csv"))
        XCTAssertFalse(try read("data/datapackage.json").contains("posts-2024-q3"))
    }

    func testAFileOfTheUsersAtItsPathIsRefused() throws {
        try work.write("site/data/2024-q3/posts.csv", Array("mine\n".utf8))
        XCTAssertThrowsError(try build()) { error in
            XCTAssertTrue("\(error)".contains("data/2024-q3/posts.csv: error: this file was not written by Lightboard"), "\(error)")
        }
        XCTAssertEqual(try read("data/2024-q3/posts.csv"), "mine\n")
    }
}

private extension Dictionary where Key == String {
    func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
