import Lightboard
@testable import LightboardServe
import XCTest

/// What the preview answers, without a server: paths under base_url, redirects, the 404 page,
/// the reload script in HTML only, and the error page.
final class PreviewSiteTests: XCTestCase {
    let site = PreviewSite.built(files: [
        "index.html": Array("<html><head><title>Home</title></head><body></body></html>".utf8),
        "zh/index.html": Array("<html><head></head>中文</html>".utf8),
        "404.html": Array("<p>Nowhere".utf8),
        "assets/site.css": Array("body{}".utf8),
    ], basePath: "/ratings/")

    func text(_ response: PreviewResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    func testBasePathOfBaseURL() {
        XCTAssertEqual(PreviewSite.basePath(of: "https://example.org/"), "/")
        XCTAssertEqual(PreviewSite.basePath(of: "https://example.org/ratings/"), "/ratings/")
        XCTAssertEqual(PreviewSite.basePath(of: "http://example.org:8080/a/b%20c/"), "/a/b c/")
    }

    func testPagesGetTheReloadScriptBeforeTheEndOfTheHead() {
        let home = site.response(to: "/ratings/", build: 7)
        XCTAssertEqual(home.status, 200)
        XCTAssertEqual(home.headers["Content-Type"], "text/html; charset=utf-8")
        XCTAssertEqual(home.headers["Cache-Control"], "no-store")
        XCTAssertEqual(text(home), "<html><head><title>Home</title><script src=\"/__lightboard/reload.js?build=7\" defer></script>\n"
                        + "</head><body></body></html>")
        XCTAssertEqual(text(site.response(to: "/ratings/zh/", build: 1)),
                       "<html><head><script src=\"/__lightboard/reload.js?build=1\" defer></script>\n</head>中文</html>")
    }

    func testOtherFilesKeepTheirBytes() {
        let css = site.response(to: "/ratings/assets/site.css", build: 1)
        XCTAssertEqual(css, PreviewResponse(status: 200, headers: ["Content-Type": "text/css; charset=utf-8", "Cache-Control": "no-store"],
                                            body: Array("body{}".utf8)))
    }

    func testRedirectsIntoTheBasePathAndToAFoldersSlash() {
        XCTAssertEqual(site.response(to: "/", build: 1).headers["Location"], "/ratings/")
        XCTAssertEqual(site.response(to: "/ratings", build: 1).headers["Location"], "/ratings/")
        let folder = site.response(to: "/ratings/zh", build: 1)
        XCTAssertEqual(folder.status, 302)
        XCTAssertEqual(folder.headers["Location"], "/ratings/zh/")
    }

    func testUnknownPathsGetTheSites404Page() {
        for path in ["/ratings/nowhere.html", "/zh/", "/ratings/../index.html", "/ratings/zh/./index.html"] {
            let response = site.response(to: path, build: 2)
            XCTAssertEqual(response.status, 404, path)
            XCTAssertEqual(text(response), "<p>Nowhere<script src=\"/__lightboard/reload.js?build=2\" defer></script>\n", path)
        }
    }

    /// Every diagnostic, escaped, on every path; the page reloads when the build is fixed.
    func testAFailedBuildShowsEveryErrorEscaped() {
        let failed = PreviewSite.failed(diagnostics: [
            Diagnostic(file: "Content/departments.csv", line: 3, message: "unknown department \"<script>\"", hint: "did you mean \"psb\"?"),
            Diagnostic(file: "Templates/layout.mustache", line: 4, column: 2, message: "section is never closed"),
        ])
        for path in ["/", "/ratings/zh/", "/anything.css"] {
            let response = failed.response(to: path, build: 5)
            XCTAssertEqual(response.status, 500)
            let page = text(response)
            XCTAssertTrue(page.contains("<title>Build failed: 2 errors · Lightboard preview</title>"), page)
            XCTAssertTrue(page.contains("<li><pre>Content/departments.csv:3: error: unknown department &quot;&lt;script&gt;&quot;\n"
                                        + "    hint: did you mean &quot;psb&quot;?</pre></li>\n"), page)
            XCTAssertTrue(page.contains("<li><pre>Templates/layout.mustache:4:2: error: section is never closed</pre></li>"), page)
            XCTAssertTrue(page.contains("<script src=\"/__lightboard/reload.js?build=5\" defer></script>\n</head>"), page)
        }
    }

    func testContentTypes() {
        XCTAssertEqual(PreviewSite.contentType(of: "data/2024-q3/summary.json"), "application/json")
        XCTAssertEqual(PreviewSite.contentType(of: "feed.xml"), "application/xml")
        XCTAssertEqual(PreviewSite.contentType(of: "data/posts.csv"), "text/csv; charset=utf-8")
        XCTAssertEqual(PreviewSite.contentType(of: "assets/sort.js"), "text/javascript; charset=utf-8")
        XCTAssertEqual(PreviewSite.contentType(of: "LICENSE"), "application/octet-stream")
    }
}
