import Foundation
import XCTest
@testable import Lightboard

/// Permalinks never break (docs/archiving.md §7): site.yml `redirects`, and the warning
/// for a URL of the previous build that would disappear.
final class RedirectsTests: XCTestCase {
    private var work: TemporaryFolder!
    private var content: String { work.path + "/content" }
    private var output: String { work.path + "/site" }

    override func setUpWithError() throws {
        var files = minimalContent
        files["pages/about.md"] = "---\ntitle: {zh: 关于, en: About}\n---\nAbout us.\n"
        work = try TemporaryFolder(Dictionary(uniqueKeysWithValues: files.map { ("content/" + $0.key, $0.value) }))
    }

    private func write(_ path: String, _ text: String) throws { try work.write("content/" + path, Array(text.utf8)) }
    private func read(_ path: String) throws -> String { try String(contentsOfFile: output + "/" + path, encoding: .utf8) }
    private func addToSite(_ text: String) throws { try write("site.yml", minimalContent["site.yml"]! + text) }

    @discardableResult
    private func build() throws -> BuildSummary {
        try SiteBuilder.build(contentDirectory: content, templatesDirectory: RenderFixture.templatesDirectory, outputDirectory: output)
    }

    private func computeErrors() throws -> [Diagnostic] {
        do {
            _ = try SiteBuilder.compute(contentDirectory: content)
            XCTFail("the content should have errors")
            return []
        } catch let errors as ContentErrors {
            return errors.diagnostics
        }
    }

    func testARedirectPageStandsAtTheOldAddress() throws {
        try addToSite("redirects:\n  en/pages/about-us/: /en/pages/about/\n  old.html: zh/2024-q3/league/\n")
        try build()
        XCTAssertEqual(try read("en/pages/about-us/index.html"), """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>This page has moved – Ratings</title>
            <link rel="canonical" href="https://example.org/ratings/en/pages/about/">
            <meta http-equiv="refresh" content="0; url=../about/index.html">
            </head>
            <body>
            <main>
            <h1>This page has moved</h1>
            <p>It is now at: <a href="../about/index.html">https://example.org/ratings/en/pages/about/</a></p>
            </main>
            </body>
            </html>

            """)
        // A path outside a language folder is in the default language.
        let root = try read("old.html")
        XCTAssertTrue(root.contains("<html lang=\"zh\">"))
        XCTAssertTrue(root.contains("<meta http-equiv=\"refresh\" content=\"0; url=zh/2024-q3/league/index.html\">"))
        XCTAssertTrue(root.contains("<title>本页已迁移 – 考评</title>"))
        let manifest = try read(PublicManifest.name)
        XCTAssertTrue(manifest.contains("  en/pages/about-us/index.html\n"))
        XCTAssertTrue(manifest.contains("  old.html\n"))
        XCTAssertFalse(try read("sitemap.xml").contains("about-us"))
    }

    func testAPathThatIsNotAPagePathIsAnError() throws {
        let hint = "write a path from the site's root as the address bar shows it after base_url, "
            + "ending with / (zh/2024-q3/complex/old-name/) or .html"
        XCTAssertEqual(try loadDiagnostics(["site.yml": minimalContent["site.yml"]! + """
            redirects:
              https://example.org/ratings/zh/a/: zh/pages/about/
              zh/b/: zh/pages/about
              zh/../c/: zh/pages/about/
              /zh/d/: zh/pages/about/
              zh/d/: zh/pages/about/

            """, "pages/about.md": "About.\n"]), [
            Diagnostic(file: "Content/site.yml", line: 12, message: "invalid page path \"https://example.org/ratings/zh/a/\" in redirects", hint: hint),
            Diagnostic(file: "Content/site.yml", line: 13, message: "invalid page path \"zh/pages/about\" in redirects", hint: hint),
            Diagnostic(file: "Content/site.yml", line: 14, message: "invalid page path \"zh/../c/\" in redirects", hint: hint),
            Diagnostic(file: "Content/site.yml", line: 16, message: "redirect from zh/d/index.html is listed twice"),
        ])
    }

    func testARedirectLeadsToAPageAndDoesNotReplaceOne() throws {
        try addToSite("redirects:\n  zh/pages/about/: zh/pages/abuot/\n  404.html: en/\n")
        let siteFile = content + "/site.yml"
        XCTAssertEqual(try computeErrors(), [
            Diagnostic(file: siteFile, line: 12, message: "redirect from zh/pages/about/index.html, a page the site still has",
                       hint: "a redirect keeps an old address working; remove the entry while the page exists"),
            Diagnostic(file: siteFile, line: 12, message: "redirect to zh/pages/abuot/index.html, which is not a page of the site",
                       hint: "did you mean \"zh/pages/about/index.html\"?"),
            Diagnostic(file: siteFile, line: 13, message: "redirect from 404.html, a page the site still has",
                       hint: "a redirect keeps an old address working; remove the entry while the page exists"),
        ])
    }

    func testARedirectMayNotStandAtOrBelowAFileTheSiteWritesInAnyLetterCase() throws {
        try addToSite("redirects:\n  zh/feed.xml/: zh/pages/about/\n  data/2024-q3/summary.json/x/: zh/pages/about/\n"
            + "  ZH/Pages/About/: zh/pages/about/\n  Manifest.sha256/old.html: zh/pages/about/\n  zh/pages/old/: zh/pages/about/\n")
        let siteFile = content + "/site.yml"
        let hint = "a redirect's old address must be free: the site's own files, data/ and assets/ cannot be replaced"
        XCTAssertEqual(try computeErrors(), [
            Diagnostic(file: siteFile, line: 12, message: "redirect from zh/feed.xml/index.html, where the site writes zh/feed.xml", hint: hint),
            Diagnostic(file: siteFile, line: 13, message: "redirect from data/2024-q3/summary.json/x/index.html, where the site writes data/", hint: hint),
            Diagnostic(file: siteFile, line: 14, message: "redirect from ZH/Pages/About/index.html, a page the site still has",
                       hint: "a redirect keeps an old address working; remove the entry while the page exists"),
            Diagnostic(file: siteFile, line: 15, message: "redirect from Manifest.sha256/old.html, where the site writes manifest.sha256", hint: hint),
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testAControlCharacterIsNoPagePath() {
        XCTAssertNil(Redirect.filePath("zh/a\tb/"))
        XCTAssertNil(Redirect.filePath("zh/a\u{7F}.html"))
        XCTAssertEqual(Redirect.filePath("zh/a-b/"), "zh/a-b/index.html")
    }

    func testFigureAndRedirectErrorsAreReportedTogether() throws {
        try write("pages/about.md", "---\ntitle: About\n---\n{{figure posts}}\n")
        try addToSite("redirects:\n  zh/old/: zh/nowhere/\n")
        let errors = try computeErrors()
        XCTAssertEqual(errors.filter { $0.file.hasSuffix("site.yml") }.count, 1, "\(errors)")
        XCTAssertEqual(errors.filter { $0.file.hasSuffix("about.md") }.count, 1, "\(errors)")
    }

    func testOnlyManifestLinesAreComparedWithTheBuild() throws {
        try build()
        // Not manifest lines (a digest that is not hex, no two spaces), though each is longer than a digest and its spaces.
        let manifest = output + "/" + PublicManifest.name
        let broken = String(repeating: "z", count: 64) + "  zh/gone/index.html\n" + String(repeating: "a", count: 64) + "-+zh/gone2/index.html\n"
        try (try read(PublicManifest.name) + broken).write(toFile: manifest, atomically: true, encoding: .utf8)
        XCTAssertEqual(try SiteBuilder.checkOutput(try SiteBuilder.compute(contentDirectory: content), outputDirectory: output), [])
    }

    func testAPageThatWouldDisappearIsNamedUnlessARedirectKeepsItsAddress() throws {
        try build()
        let manifestLines = try read(PublicManifest.name).split(separator: "\n")
        let line = { (path: String) in manifestLines.firstIndex { $0.hasSuffix("  " + path) }! + 1 }
        try FileManager.default.moveItem(atPath: content + "/pages/about.md", toPath: content + "/pages/who-we-are.md")
        let manifest = output + "/" + PublicManifest.name
        let expected = ["en/pages/about/index.html", "zh/pages/about/index.html"].map { path in
            Diagnostic(file: manifest, line: line(path),
                       message: "page \(path) would disappear: the previous build published it, this one does not",
                       hint: "if it moved, keep its address working with a redirect in site.yml: redirects: "
                           + "{\(path.dropLast("index.html".count)): NEW/PATH/}", isWarning: true).description
        }
        // `lightboard check` tells the same before anything is built.
        XCTAssertEqual(try SiteBuilder.checkOutput(try SiteBuilder.compute(contentDirectory: content), outputDirectory: output), expected)
        try addToSite("redirects:\n  zh/pages/about/: zh/pages/who-we-are/\n")
        XCTAssertEqual(try build().warnings, [expected[0]])
        XCTAssertTrue(try read("zh/pages/about/index.html").contains("url=../who-we-are/index.html"))
        // Told once: the next build compares with the manifest that no longer lists it.
        try write("pages/who-we-are.md", "---\ntitle: Who we are\n---\nUs.\n")
        XCTAssertEqual(try build().warnings, [])
    }
}
