import XCTest
@testable import Lightboard

/// The stages keep to their names (docs/architecture.md): Load reports only what keeps a
/// file from being read, Validate every content rule, and the posts go from Load through
/// Validate to their user as a stream wired by the pipeline.
final class StageBoundaryTests: XCTestCase {
    /// (file relative to the content folder, line, message), sorted: what the stages report.
    private func reported(_ bag: DiagnosticBag, in folder: TemporaryFolder) -> [String] {
        bag.sorted.map { "\($0.file.replacingOccurrences(of: folder.path + "/", with: "")):\($0.line): \($0.message)" }
    }

    func testLoadReportsNoContentRuleAndValidateReportsThem() throws {
        var files = minimalContent
        files["site.yml"]! += "titel: x\ndepartment_groups:\n  - {id: Districts, name: Districts}\n"
        files["departments.csv"] = "id,name,name_en\nYin Zhou,鄞州区,Yinzhou District\nhaishu,海曙区,\n"
        files["quarters/2024-Q3/quarter.yml"] = "as_of: 2024-09-15\npublished: 2024-10-20\n"
        let folder = try TemporaryFolder(files)

        let (raw, loadDiagnostics) = ContentReader.read(contentDirectory: folder.path)
        XCTAssertEqual(reported(loadDiagnostics, in: folder), [])
        let content = try XCTUnwrap(raw)
        XCTAssertNotNil(content.site)
        XCTAssertEqual(content.departments?.records.map(\.fields.first), ["Yin Zhou", "haishu"])
        XCTAssertEqual(content.periods.map(\.id), [PeriodID("2024-Q3")!])

        let (_, validation) = ContentValidator.validate(content)
        XCTAssertEqual(reported(validation, in: folder), [
            "departments.csv:2: invalid department id \"Yin Zhou\"",
            "quarters/2024-Q3/quarter.yml:1: as_of 2024-09-15 is before the end of 2024-Q3 (2024-09-30)",
            "site.yml:11: unknown key \"titel\" in site.yml",
            "site.yml:13: invalid department group id \"Districts\"",
        ])
    }

    func testLoadReportsWhatKeepsAFileFromBeingReadAndValidateDoesNotRepeatIt() throws {
        let folder = try TemporaryFolder(minimalContent.merging([
            "quarters/2024-Q3/quarter.yml": "as_of: [2024-10-15\n",
            "departments.csv": "id,name\nyinzhou,鄞州区,extra\n",
        ]) { $1 })
        let (raw, loadDiagnostics) = ContentReader.read(contentDirectory: folder.path)
        XCTAssertEqual(reported(loadDiagnostics, in: folder).map { $0.components(separatedBy: ": ")[0] }, ["quarters/2024-Q3/quarter.yml:2"])
        let content = try XCTUnwrap(raw)
        XCTAssertNil(content.periods[0].info)
        // A row's field count is found while reading, and reported with the records by their user.
        XCTAssertEqual(content.departments?.readingProblems.diagnostics.count, 1)
        let (validated, validation) = ContentValidator.validate(content)
        XCTAssertNil(validated, "departments.csv with a broken row gives no registry")
        let problems = reported(validation, in: folder)
        XCTAssertEqual(problems.count, 1, problems.joined(separator: "\n"))
        XCTAssertTrue(problems.first?.hasPrefix("departments.csv:2: ") == true, problems.joined(separator: "\n"))
    }

    func testThePipelineStreamsEachValidPostFromLoadThroughValidate() throws {
        let folder = try TemporaryFolder(minimalContent.merging([
            "quarters/2024-Q3/posts.csv": "id,channel,department,category,posted_at\n"
                + "p1,board,yinzhou,inquiry,2024-07-01T09:00\np2,board,nowhere,inquiry,2024-07-02T09:00\n"
                + "p3,mailbox,haishu,complaint,2024-07-03T09:00\n",
        ]) { $1 })
        let content = try XCTUnwrap(SiteBuilder.content(contentDirectory: folder.path).content)
        var bag = DiagnosticBag()
        var handed: [String] = []
        let columns = PeriodPosts.stream(content.periods[0], of: content, diagnostics: &bag) { post, text in
            handed.append("\(text.id) line \(post.line)")
        }
        XCTAssertEqual(handed, ["p1 line 2", "p3 line 4"])
        XCTAssertEqual(columns, PostsColumns(hasSettledAt: false, hasRatings: false))
        XCTAssertEqual(reported(bag, in: folder), ["quarters/2024-Q3/posts.csv:3: unknown department \"nowhere\""])
    }

    /// Render writes the posts open data from the stream it is handed (here one that hands on only
    /// the first post of the pipeline's replay), not from the file.
    func testThePostsOpenDataIsWrittenFromTheStreamThePipelineHandsIt() throws {
        var files = minimalContent
        files["site.yml"]! += "open_data: {posts: true}\n"
        files["quarters/2024-Q3/posts.csv"]! += "p2,mailbox,haishu,complaint,2024-07-03T09:00\n"
        let folder = try TemporaryFolder(files)
        let site = try SiteBuilder.compute(contentDirectory: folder.path)
        var replays = 0
        let firstPostOnly = { (period: PeriodContent) -> PostStream in
            replays += 1
            return PostStream { body in
                var first = true
                try PeriodPosts.replay(period, of: site.content).forEach { post, text in
                    if first { body(post, text) }
                    first = false
                }
            }
        }
        let written = try OpenDataRenderer.postsFiles(site, posts: firstPostOnly).map { try $0.rendered() }
        XCTAssertEqual(replays, 1)
        let rows = String(decoding: try XCTUnwrap(written.first).bytes, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(rows.count, 2, "the header and the one post handed")
        XCTAssertTrue(rows[1].hasPrefix("p1,board,yinzhou,inquiry,2024-07-01T09:00:00+08:00,"), String(rows[1]))
    }
}

extension StageBoundaryTests {
    /// A translation is used only in one of site.yml's languages: its reading problem is
    /// reported when it is used, and an unused one only for its language.
    func testATranslationsReadingProblemIsReportedOnlyWhenItIsUsed() throws {
        let folder = try TemporaryFolder(minimalContent, bytes: [
            "quarters/2024-Q3/narrative.en.md": [0xD6, 0xD0, 0x0A],
            "quarters/2024-Q3/narrative.fr.md": [0xD6, 0xD0, 0x0A],
        ])
        let (raw, loadDiagnostics) = ContentReader.read(contentDirectory: folder.path)
        XCTAssertEqual(reported(loadDiagnostics, in: folder), [])
        let (_, validation) = ContentValidator.validate(try XCTUnwrap(raw))
        XCTAssertEqual(reported(validation, in: folder), [
            "quarters/2024-Q3/narrative.en.md:1: the file is not valid UTF-8",
            "quarters/2024-Q3/narrative.fr.md:1: unknown language \"fr\" in file name",
        ])
    }

    /// A posts file that changed after the figures were computed is not written from half its posts.
    func testAReplayOfPostsThatChangedDuringTheBuildThrows() throws {
        let folder = try TemporaryFolder(minimalContent)
        let site = try SiteBuilder.compute(contentDirectory: folder.path)
        try folder.write("quarters/2024-Q3/posts.csv", Array("id,channel,department,category,posted_at\np1,board,nowhere,inquiry,2024-07-01T09:00\n".utf8))
        var handed = 0
        XCTAssertThrowsError(try PeriodPosts.replay(site.content.periods[0], of: site.content).forEach { _, _ in handed += 1 }) { error in
            XCTAssertEqual((error as? ContentErrors)?.diagnostics.map(\.message), ["unknown department \"nowhere\""])
        }
        XCTAssertEqual(handed, 0)
    }
}
