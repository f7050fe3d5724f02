import Foundation
import XCTest
@testable import Lightboard

/// Corrections are never silent (docs/archiving.md §6): a rebuild whose figures differ from
/// those the output folder publishes needs a correction after the last publication that
/// records every changed figure; the log is published from quarter.yml. These tests build with
/// `corrections_required: true`; `LenientCorrectionsTests` builds v1 content without the key.
final class CorrectionsTests: XCTestCase {
    private var work: TemporaryFolder!
    private var content: String { work.path + "/content" }
    private var output: String { work.path + "/site" }
    private var quarterYML: String { content + "/quarters/2024-Q3/quarter.yml" }

    // Two inquiries, one replied the next working day (green), one never (red).
    private static let posts = """
        id,channel,department,category,posted_at,accepted_at,replied_at,title
        p1,board,yinzhou,inquiry,2024-07-01T09:00,2024-07-01T10:00,2024-07-02T09:00,First
        p2,board,haishu,inquiry,2024-07-01T09:00,2024-07-01T10:00,,Second

        """
    /// p2 was a complaint after all: only the two category counts change.
    private static let recategorised = posts.replacingOccurrences(of: "haishu,inquiry", with: "haishu,complaint")

    private static let correction = """
        corrections:
          - date: 2024-11-02
            text: {zh: 一条留言的类别有误。, en: One post was in the wrong category.}
            changes:
              - {figure: categories.complaint.posts, old: 0, new: 1}
              - {figure: categories.inquiry.posts, old: 2, new: 1}

        """

    override func setUpWithError() throws {
        var files = minimalContent
        files["site.yml"]! += "corrections_required: true\n"
        files["quarters/2024-Q3/posts.csv"] = Self.posts
        work = try TemporaryFolder(Dictionary(uniqueKeysWithValues: files.map { ("content/" + $0.key, $0.value) }))
        try build()
    }

    @discardableResult
    private func build(into folder: String? = nil) throws -> BuildSummary {
        try SiteBuilder.build(contentDirectory: content, templatesDirectory: RenderFixture.templatesDirectory,
                              outputDirectory: folder ?? output)
    }

    private func write(_ path: String, _ text: String) throws { try work.write("content/" + path, Array(text.utf8)) }
    private func read(_ path: String, in folder: String? = nil) throws -> String {
        try String(contentsOfFile: (folder ?? output) + "/" + path, encoding: .utf8)
    }

    private func buildErrors() throws -> [Diagnostic] {
        do {
            try build()
            XCTFail("the build should fail")
            return []
        } catch let errors as ContentErrors {
            return errors.diagnostics
        }
    }

    func testUnchangedFiguresNeedNoCorrection() throws {
        // A new title (on the red page) is not a figure.
        try write("quarters/2024-Q3/posts.csv", Self.posts.replacingOccurrences(of: "Second", with: "Second retitled"))
        XCTAssertTrue(try build().write.written.contains("en/2024-q3/red/index.html"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/data/2024-q3/corrections.json"))
    }

    func testChangedFiguresWithoutACorrectionFailAndWriteNothing() throws {
        let manifest = try read(PublicManifest.name)
        try write("quarters/2024-Q3/posts.csv", Self.recategorised)
        XCTAssertEqual(try buildErrors(), [Diagnostic(
            file: quarterYML, line: 1,
            message: "the published figures of 2024-Q3 changed without a correction: "
                + "categories.complaint.posts 0 -> 1, categories.inquiry.posts 2 -> 1",
            hint: "if the change is meant, add to quarter.yml a correction dated after 2024-10-20 (its last publication in \(output)/)"
                + " that records them:\n"
                + "      corrections:\n"
                + "        - date: YYYY-MM-DD\n"
                + "          text: {zh: ..., en: ...}\n"
                + "          changes:\n"
                + "            - {figure: categories.complaint.posts, old: 0, new: 1}\n"
                + "            - {figure: categories.inquiry.posts, old: 2, new: 1}\n"
                + "    otherwise restore the input the figures were published from; if 2024-Q3 is not published yet, build with --unpublished 2024-Q3")])
        XCTAssertEqual(try read(PublicManifest.name), manifest)
        XCTAssertTrue(try read("data/2024-q3/summary.json").contains("\"id\": \"inquiry\",\n      \"posts\": 2"))
    }

    func testChangedFiguresWithTheirCorrectionPassAndAreLogged() throws {
        try write("quarters/2024-Q3/posts.csv", Self.recategorised)
        try write("quarters/2024-Q3/quarter.yml", minimalContent["quarters/2024-Q3/quarter.yml"]! + Self.correction)
        try build()
        XCTAssertEqual(try read("data/2024-q3/corrections.json"), """
            {
              "quarter": "2024-Q3",
              "published": "2024-10-20",
              "corrections": [
                {
                  "date": "2024-11-02",
                  "text": {
                    "zh": "一条留言的类别有误。",
                    "en": "One post was in the wrong category."
                  },
                  "changes": [
                    {
                      "figure": "categories.complaint.posts",
                      "old": 0,
                      "new": 1
                    },
                    {
                      "figure": "categories.inquiry.posts",
                      "old": 2,
                      "new": 1
                    }
                  ]
                }
              ]
            }

            """)
        let page = try read("en/2024-q3/index.html")
        XCTAssertTrue(page.contains("<li id=\"correction-2024-11-02\"><time datetime=\"2024-11-02\">"))
        XCTAssertTrue(page.contains("<tr><th scope=\"row\"><code>categories.inquiry.posts</code></th><td class=\"num\">2</td><td class=\"num\">1</td></tr>"))
        XCTAssertTrue(page.contains("<a href=\"../../data/2024-q3/corrections.json\">"))
        let feed = try read("en/feed.xml")
        XCTAssertTrue(feed.contains("<id>https://example.org/ratings/en/2024-q3/#correction-2024-11-02</id>"))
        XCTAssertTrue(feed.contains("<link rel=\"related\" type=\"application/json\" href=\"https://example.org/ratings/data/2024-q3/corrections.json\"/>"))
        XCTAssertTrue(feed.contains("<summary>One post was in the wrong category.</summary>"))
        XCTAssertTrue(try read("data/datapackage.json").contains("\"version\": \"1.1.1\""))

        // The log is quarter.yml's: a build into an empty folder publishes the same bytes, and so does a rebuild.
        try build()
        let clean = work.path + "/clean"
        try build(into: clean)
        for path in ["data/2024-q3/corrections.json", "en/2024-q3/index.html", "en/feed.xml", PublicManifest.name] {
            XCTAssertEqual(try read(path, in: clean), try read(path), path)
        }
    }

    func testADraftNamedUnpublishedMayChangeWithoutACorrection() throws {
        try write("quarters/2024-Q3/posts.csv", Self.recategorised)
        _ = try SiteBuilder.build(contentDirectory: content, templatesDirectory: RenderFixture.templatesDirectory,
                              outputDirectory: output, unpublished: [PeriodID("2024-Q3")!])
        XCTAssertTrue(try read("data/2024-q3/summary.json").contains("\"id\": \"complaint\",\n      \"posts\": 1"))
    }

    func testACorrectionThatRecordsOtherValuesFails() throws {
        try write("quarters/2024-Q3/posts.csv", Self.recategorised)
        try write("quarters/2024-Q3/quarter.yml", minimalContent["quarters/2024-Q3/quarter.yml"]!
            + Self.correction.replacingOccurrences(of: "old: 2, new: 1}", with: "old: 2, new: 0}\n      - {figure: assessment.posts, old: 2, new: 2}"))
        XCTAssertEqual(try buildErrors(), [Diagnostic(
            file: quarterYML, line: 4,
            message: "correction dated 2024-11-02 does not record the figures that changed: categories.inquiry.posts 2 -> 0 is recorded, "
                + "but the change is 2 -> 1; assessment.posts did not change (as the output folder publishes it)",
            hint: "give it exactly these changes:\n"
                + "      changes:\n"
                + "        - {figure: categories.complaint.posts, old: 0, new: 1}\n"
                + "        - {figure: categories.inquiry.posts, old: 2, new: 1}")])
    }

    func testACorrectionDatedBeforeTheLastPublicationFails() throws {
        // A first correction (of text only) published on 11-02; the figures change later with a correction dated 10-25.
        try write("quarters/2024-Q3/quarter.yml", minimalContent["quarters/2024-Q3/quarter.yml"]! + """
            corrections:
              - {date: 2024-11-02, text: A title was misspelt.}

            """)
        try build()
        try write("quarters/2024-Q3/posts.csv", Self.recategorised)
        try write("quarters/2024-Q3/quarter.yml", minimalContent["quarters/2024-Q3/quarter.yml"]! + """
            corrections:
              - {date: 2024-11-02, text: A title was misspelt.}
              - date: 2024-10-25
                text: One post was in the wrong category.
                changes: [{figure: categories.complaint.posts, old: 0, new: 1}, {figure: categories.inquiry.posts, old: 2, new: 1}]

            """)
        XCTAssertEqual(try buildErrors(), [Diagnostic(
            file: quarterYML, line: 5,
            message: "correction dated 2024-10-25 is not after the last publication of 2024-Q3 on 2024-11-02",
            hint: "categories.complaint.posts 0 -> 1, categories.inquiry.posts 2 -> 1 changed since then; "
                + "date the correction the day the corrected figures are published")])
    }

    func testAFigureACorrectionGivesMustBeTheOnePublishedEvenInACleanBuild() throws {
        try write("quarters/2024-Q3/quarter.yml", minimalContent["quarters/2024-Q3/quarter.yml"]! + """
            corrections:
              - date: 2024-11-02
                text: Replies recounted.
                changes:
                  - {figure: assessment.replied, old: 0, new: 2}
                  - {figure: assessment.repleid, old: 0, new: 1}

            """)
        let diagnostics: [Diagnostic]
        do {
            try build(into: work.path + "/clean")
            return XCTFail("the build should fail")
        } catch let errors as ContentErrors {
            diagnostics = errors.diagnostics
        }
        XCTAssertEqual(diagnostics, [
            Diagnostic(file: quarterYML, line: 7, message: "correction dated 2024-11-02 gives assessment.replied as 2, but 2024-Q3 publishes 1",
                       hint: "record the new value as the open data publishes it"),
            Diagnostic(file: quarterYML, line: 8, message: "correction dated 2024-11-02 gives assessment.repleid as 1, but 2024-Q3 publishes null",
                       hint: "2024-Q3 publishes no figure assessment.repleid; names are as in docs/archiving.md §6, e.g. assessment.replied"),
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.path + "/clean/index.html"))
    }

    func testACorrectionIsDatedAfterThePublication() throws {
        let quarter = """
            as_of: 2024-10-15
            published: 2024-10-20
            corrections:
              - {date: 2024-10-20, text: Too early.}
              - {date: 2024-10-21, text: Fine., changes: [{figure: assessment.posts, old: 1}]}

            """
        let tooEarly = Diagnostic(file: "Content/quarters/2024-Q3/quarter.yml", line: 4,
                                  message: "correction dated 2024-10-20 is not after the publication on 2024-10-20",
                                  hint: "date a correction the day its corrected figures are published")
        let missingNew = Diagnostic(file: "Content/quarters/2024-Q3/quarter.yml", line: 5, message: "missing new",
                                    hint: "write null for a figure that was not published")
        XCTAssertEqual(try loadDiagnostics(["quarters/2024-Q3/quarter.yml": quarter,
                                            "site.yml": minimalContent["site.yml"]! + "corrections_required: true\n"]),
                       [tooEarly, missingNew])
        // Without the key (v1 content) the early date is a warning; the `changes:` list stays an error.
        var warning = tooEarly
        warning.isWarning = true
        XCTAssertEqual(try loadDiagnostics(["quarters/2024-Q3/quarter.yml": quarter]), [warning, missingNew])
    }

    func testTheBinaryChecksAgainstTheOutputFolderOnlyWhenAskedAndTakesUnpublished() throws {
        try write("quarters/2024-Q3/posts.csv", Self.recategorised)
        XCTAssertEqual(try LightboardBinary.run(["check", "--content", content]).status, 0)
        let checked = try LightboardBinary.run(["check", "--content", content, "--output", output])
        XCTAssertEqual(checked.status, 1)
        XCTAssertTrue(checked.err.hasPrefix("\(quarterYML):1: error: the published figures of 2024-Q3 changed without a correction"), checked.err)
        XCTAssertEqual(try LightboardBinary.run(["check", "--content", content, "--output", output, "--unpublished", "2024-Q3"]).status, 0)
        let built = try LightboardBinary.run(["build", "--content", content, "--templates", RenderFixture.templatesDirectory,
                                              "--output", output, "--unpublished", "2024-q3"])
        XCTAssertEqual(built.status, 0, built.err)
        XCTAssertEqual(try LightboardBinary.run(["build", "--unpublished", "2024-Q5"]).err,
                       "Error: --unpublished: '2024-Q5' is not a period: write a quarter as 2024-Q3 or a month as 2019-05.\n"
                           + "Usage: lightboard build [--content <DIR>] [--templates <DIR>] [--output <DIR>] [--base-url <URL>] [--unpublished <PERIOD> ...] [--quiet] [--verbose] [--timings]\n"
                           + "  See 'lightboard build --help' for more information.\n")
    }

    func testLightboardCheckComparesWithTheOutputFolderAndPreviewRendersRegardless() throws {
        try write("quarters/2024-Q3/posts.csv", Self.recategorised)
        let site = try SiteBuilder.compute(contentDirectory: content)
        XCTAssertThrowsError(try SiteBuilder.checkOutput(site, outputDirectory: output)) { error in
            XCTAssertEqual((error as? ContentErrors)?.diagnostics.map(\.line), [1])
        }
        // `lightboard serve` renders in memory and compares with nothing.
        XCTAssertNoThrow(try SiteBuilder.render(site, templatesDirectory: RenderFixture.templatesDirectory))
    }
}

/// Without `corrections_required` (a v1 content folder): a rebuild after an edit publishes the new
/// figures with a warning; a `changes:` list that is written is still checked.
final class LenientCorrectionsTests: XCTestCase {
    private var work: TemporaryFolder!
    private var content: String { work.path + "/content" }
    private var output: String { work.path + "/site" }
    private var quarterYML: String { content + "/quarters/2024-Q3/quarter.yml" }
    private static let posts = "id,channel,department,category,posted_at\np1,board,yinzhou,inquiry,2024-07-01T09:00\n"

    override func setUpWithError() throws {
        var files = minimalContent
        files["quarters/2024-Q3/posts.csv"] = Self.posts
        work = try TemporaryFolder(Dictionary(uniqueKeysWithValues: files.map { ("content/" + $0.key, $0.value) }))
        try build()
    }

    @discardableResult
    private func build() throws -> BuildSummary {
        try SiteBuilder.build(contentDirectory: content, templatesDirectory: RenderFixture.templatesDirectory, outputDirectory: output)
    }

    private func write(_ path: String, _ text: String) throws { try work.write("content/" + path, Array(text.utf8)) }

    func testAnEditedV1FolderRebuildsIntoTheSameOutputWithOneWarningPerPeriod() throws {
        try write("quarters/2024-Q3/posts.csv", Self.posts + "p2,board,haishu,complaint,2024-07-02T09:00\n")
        let summary = try build()
        let warnings = summary.warnings.filter { $0.contains("2024-Q3") }
        XCTAssertEqual(warnings.count, 1, "\(summary.warnings)")
        XCTAssertTrue(warnings[0].hasPrefix("\(quarterYML):1: warning: the published figures of 2024-Q3 changed without a correction: "), warnings[0])
        let published = try String(contentsOfFile: output + "/data/2024-q3/summary.json", encoding: .utf8)
        XCTAssertTrue(published.contains("\"id\": \"complaint\",\n      \"posts\": 1"), published)
        // Told once: the next build compares with the figures just published.
        XCTAssertEqual(try build().warnings.filter { $0.contains("2024-Q3") }, [])
        let binary = try LightboardBinary.run(["build", "--content", content, "--templates", RenderFixture.templatesDirectory, "--output", output])
        XCTAssertEqual(binary.status, 0, binary.err)
    }

    func testAV1CorrectionWithoutChangesDatedOnThePublicationIsAWarning() throws {
        try write("quarters/2024-Q3/quarter.yml", minimalContent["quarters/2024-Q3/quarter.yml"]!
            + "corrections:\n  - {date: 2024-10-20, text: A title was misspelt.}\n")
        try write("quarters/2024-Q3/posts.csv", Self.posts.replacingOccurrences(of: "inquiry", with: "complaint"))
        let warnings = try build().warnings
        XCTAssertTrue(warnings.contains { $0.hasPrefix("\(quarterYML):4: warning: correction dated 2024-10-20 is not after the publication on 2024-10-20") },
                      "\(warnings)")
        XCTAssertTrue(try String(contentsOfFile: output + "/data/2024-q3/corrections.json", encoding: .utf8).contains("misspelt"))
    }

    func testAWrittenChangesListIsStillAnError() throws {
        try write("quarters/2024-Q3/posts.csv", Self.posts.replacingOccurrences(of: "inquiry", with: "complaint"))
        try write("quarters/2024-Q3/quarter.yml", minimalContent["quarters/2024-Q3/quarter.yml"]! + """
            corrections:
              - date: 2024-11-02
                text: Recategorised.
                changes: [{figure: categories.complaint.posts, old: 0, new: 2}]

            """)
        XCTAssertThrowsError(try build()) { error in
            let diagnostics = (error as? ContentErrors)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.map(\.isWarning), [false], "\(diagnostics)")
            XCTAssertEqual(diagnostics.first?.message.hasPrefix("correction dated 2024-11-02 does not record the figures that changed"), true)
        }
    }
}

final class CorrectionAnchorTests: XCTestCase {
    func testCorrectionsOfOneDayAreNumberedInFileOrder() throws {
        let correction = { (date: String, line: Int) in
            Correction(date: Day(iso: date)!, text: LocalizedText("x", language: "zh"), line: line)
        }
        // As loaded: newest first, file order among equal dates (lines 4 and 5 on 11-02, line 6 on 11-01).
        let info = PeriodInfo(id: PeriodID("2024-Q3")!, asOf: Day(iso: "2024-10-15")!, published: Day(iso: "2024-10-20")!,
                              corrections: [correction("2024-11-02", 4), correction("2024-11-02", 5), correction("2024-11-01", 6)])
        XCTAssertEqual(info.correctionAnchors, ["correction-2024-11-02", "correction-2024-11-02-2", "correction-2024-11-01"])
    }
}
