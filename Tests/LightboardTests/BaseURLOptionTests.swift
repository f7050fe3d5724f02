import Foundation
@testable import Lightboard
import XCTest

/// `--base-url`: a staging copy whose absolute links (feeds, sitemap, canonical links, robots.txt,
/// the 404 page) all point to the staging address; checked as site.yml's base_url is.
final class BaseURLOptionTests: XCTestCase {
    static let sample = LightboardBinary.repository.appendingPathComponent("Content").path
    static let production = "https://ratings.ningbo.example/"
    static let staging = "https://staging.example/ratings/"

    func testEveryAbsoluteLinkUsesTheReplacedBaseURL() throws {
        let site = try SiteBuilder.compute(contentDirectory: Self.sample, baseURL: .replaced(Self.staging))
        XCTAssertEqual(site.content.config.baseURL, Self.staging)
        let files = try SiteBuilder.render(site, templatesDirectory: RenderFixture.templatesDirectory)
        func text(_ path: String) throws -> String {
            String(decoding: try XCTUnwrap(files.first { $0.path == path }, path).bytes, as: UTF8.self)
        }
        XCTAssertTrue(try text("sitemap.xml").contains("<loc>https://staging.example/ratings/en/pages/about/</loc>"))
        XCTAssertTrue(try text("robots.txt").hasSuffix("Sitemap: https://staging.example/ratings/sitemap.xml\n"))
        XCTAssertTrue(try text("zh/feed.xml").contains("https://staging.example/ratings/zh/feed.xml"))
        XCTAssertTrue(try text("en/pages/about/index.html")
            .contains("<link rel=\"canonical\" href=\"https://staging.example/ratings/en/pages/about/\">"))
        XCTAssertTrue(try text("404.html").contains("https://staging.example/ratings/assets/style.css"))
        for file in files where file.path.hasSuffix(".html") || file.path.hasSuffix(".xml") || file.path.hasSuffix(".txt")
            || file.path.hasSuffix(".json") {
            XCTAssertFalse(String(decoding: file.bytes, as: UTF8.self).contains(Self.production), "\(file.path) links to production")
        }
    }

    /// The preview keeps site.yml's path on its own address.
    func testOriginKeepsTheSiteFilesPath() {
        XCTAssertEqual(BaseURLChoice.origin("http://127.0.0.1:8000").apply(to: "https://example.org/ratings/"),
                       "http://127.0.0.1:8000/ratings/")
        XCTAssertEqual(BaseURLChoice.origin("http://127.0.0.1:8000").apply(to: "https://example.org/"), "http://127.0.0.1:8000/")
        XCTAssertEqual(BaseURLChoice.siteFile.apply(to: "https://example.org/"), "https://example.org/")
    }

    func testBadBaseURLsAreRefusedWithAHint() {
        XCTAssertNil(SiteConfig.problem(withBaseURL: Self.staging))
        XCTAssertEqual(SiteConfig.problem(withBaseURL: "staging.example/")?.message, "base_url \"staging.example/\" is not an absolute http(s) URL")
        XCTAssertEqual(SiteConfig.problem(withBaseURL: "ftp://staging.example/")?.hint, "e.g. https://example.org/ratings/")
        XCTAssertEqual(SiteConfig.problem(withBaseURL: "https://staging.example/ratings")?.message,
                       "base_url \"https://staging.example/ratings\" does not end with \"/\"")
        XCTAssertEqual(SiteConfig.problem(withBaseURL: "https://staging.example/ratings")?.hint,
                       "write \"https://staging.example/ratings/\"")
    }

    /// On the command line: the option is checked before anything is read, and a later build
    /// without it into the same folder is not kept from the cache of the staging build.
    func testCommandLineBuildsForStagingThenForProduction() throws {
        let work = try makeTemporaryFolder(self, prefix: "base-url")
        let output = work.appendingPathComponent("Site")
        let templates = RenderFixture.templatesDirectory
        let staged = try LightboardBinary.run(["build", "--content", Self.sample, "--templates", templates,
                                               "--output", output.path, "--base-url", Self.staging])
        XCTAssertEqual(staged.status, 0, staged.err)
        let robots = output.appendingPathComponent("robots.txt")
        XCTAssertTrue(try String(contentsOf: robots, encoding: .utf8).contains(Self.staging))

        let production = try LightboardBinary.run(["build", "--content", Self.sample, "--templates", templates, "--output", output.path])
        XCTAssertEqual(production.status, 0, production.err)
        XCTAssertTrue(try String(contentsOf: robots, encoding: .utf8).contains("Sitemap: \(Self.production)sitemap.xml"))

        let bad = try LightboardBinary.run(["build", "--content", Self.sample, "--output", output.path,
                                            "--base-url", "https://staging.example/ratings"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.err.contains("--base-url: base_url \"https://staging.example/ratings\" does not end with \"/\"; "
                                       + "write \"https://staging.example/ratings/\""), bad.err)
    }

    /// --quiet prints nothing on success; --verbose adds the stages' timings and the files written.
    func testQuietAndVerbose() throws {
        let work = try makeTemporaryFolder(self, prefix: "quiet-verbose")
        let base = ["build", "--content", Self.sample, "--templates", RenderFixture.templatesDirectory]
        let quiet = try LightboardBinary.run(base + ["--output", work.appendingPathComponent("quiet").path, "--quiet"])
        XCTAssertEqual(quiet.status, 0, quiet.err)
        XCTAssertEqual(quiet.out + quiet.err, "")

        let verbose = try LightboardBinary.run(base + ["--output", work.appendingPathComponent("verbose").path, "--verbose"])
        XCTAssertEqual(verbose.status, 0, verbose.err)
        XCTAssertTrue(verbose.out.hasPrefix("Built 2 quarters"), verbose.out)
        for stage in ["cache", "load", "compute", "render", "write"] {
            XCTAssertTrue(verbose.err.contains("timing \(stage) "), verbose.err)
        }
        XCTAssertTrue(verbose.err.contains("\nwritten en/pages/about/index.html\n"), verbose.err)
        // Standard error is a pipe here, not a terminal: no progress line.
        XCTAssertFalse(verbose.err.contains("\u{1B}[K"), verbose.err)

        let both = try LightboardBinary.run(base + ["--output", work.appendingPathComponent("both").path, "--quiet", "--verbose"])
        XCTAssertEqual(both.status, 64)
        XCTAssertTrue(both.err.contains("--quiet cannot go with --verbose or --timings"), both.err)
    }
}
