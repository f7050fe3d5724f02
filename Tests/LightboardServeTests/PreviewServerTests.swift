import Foundation
import XCTest
import LightboardServe

/// `lightboard serve` end to end: a copy of the sample on a free loopback port, served under
/// base_url's path, edited while a page listens to the reload events.
final class PreviewServerTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var work: URL!
    private var content: URL { work.appendingPathComponent("Content") }

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Content"), to: content)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Templates"),
                                         to: work.appendingPathComponent("Templates"))
        try edit("site.yml") { $0.replacingOccurrences(of: "base_url: https://ratings.ningbo.example/",
                                                        with: "base_url: https://ratings.ningbo.example/ratings/") }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    private func edit(_ file: String, _ change: (String) -> String) throws {
        let url = content.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        XCTAssertNotEqual(changed, text, "the edit of \(file) changed nothing")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }

    private func startServer() async throws -> (PreviewServer, port: UInt16) {
        let server = PreviewServer(options: ServeOptions(
            contentDirectory: content.path, templatesDirectory: work.appendingPathComponent("Templates").path,
            port: 0, pollInterval: .milliseconds(100)))
        let address = try await server.start()
        let port = try XCTUnwrap(URLComponents(string: address)?.port)
        XCTAssertEqual(address, "http://127.0.0.1:\(port)/ratings/")
        return (server, UInt16(port))
    }

    func testServesReloadsAndShowsErrorsUnderTheBasePath() async throws {
        let (server, port) = try await startServer()
        do {
            let root = try LoopbackClient.get("/", port: port)
            XCTAssertEqual(root.status, 302)
            XCTAssertTrue(root.head.contains("Location: /ratings/"), root.head)

            let page = try LoopbackClient.get("/ratings/en/pages/about/", port: port)
            XCTAssertEqual(page.status, 200, page.head)
            XCTAssertTrue(page.body.contains("Livelihood E-Point board gets a light"), page.body)
            XCTAssertTrue(page.body.contains("<script src=\"/__lightboard/reload.js?build=1\" defer></script>\n</head>"))
            // Absolute links point to the preview itself, under base_url's path.
            XCTAssertTrue(try LoopbackClient.get("/ratings/sitemap.xml", port: port).body
                .contains("<loc>http://127.0.0.1:\(port)/ratings/en/pages/about/</loc>"))
            let script = try LoopbackClient.get("/__lightboard/reload.js", port: port)
            XCTAssertTrue(script.head.contains("Content-Type: text/javascript"), script.head)
            XCTAssertTrue(script.body.contains("new EventSource(\"/__lightboard/events?since=\""), script.body)

            let events = try LoopbackClient(port: port)
            try events.send("GET /__lightboard/events?since=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            XCTAssertTrue(try events.read(until: ": build 1\n\n", timeout: 10).contains("Content-Type: text/event-stream"))

            try edit("pages/about.en.md") { $0.replacingOccurrences(of: "gets a light", with: "gets a coloured light") }
            _ = try events.read(until: "event: reload\ndata: 2\n\n", timeout: 60)
            let edited = try LoopbackClient.get("/ratings/en/pages/about/", port: port)
            XCTAssertTrue(edited.body.contains("Livelihood E-Point board gets a coloured light"), edited.body)
            XCTAssertTrue(edited.body.contains("reload.js?build=2"))

            // The templates folder is watched too.
            let layout = work.appendingPathComponent("Templates/layout.mustache")
            try String(contentsOf: layout, encoding: .utf8).replacingOccurrences(of: "<body>", with: "<body data-preview=\"edited\">")
                .write(to: layout, atomically: true, encoding: .utf8)
            _ = try events.read(until: "event: reload\ndata: 3\n\n", timeout: 60)
            XCTAssertTrue(try LoopbackClient.get("/ratings/en/pages/about/", port: port).body.contains("<body data-preview=\"edited\">"))

            try edit("quarters/2024-Q3/posts.csv") { text in
                var lines = text.components(separatedBy: "\n")
                lines[1] = lines[1].replacingOccurrences(of: ",board,nr,", with: ",board,<b>nr,")
                return lines.joined(separator: "\n")
            }
            _ = try events.read(until: "event: reload\ndata: 4\n\n", timeout: 60)
            let failed = try LoopbackClient.get("/ratings/en/pages/about/", port: port)
            XCTAssertEqual(failed.status, 500)
            XCTAssertTrue(failed.body.contains("/Content/quarters/2024-Q3/posts.csv:2: error: unknown department "
                                                + "&quot;&lt;b&gt;nr&quot;"), failed.body)
            XCTAssertTrue(failed.body.contains("reload.js?build=4"))

            // Fixed, the page reloads into the site.
            try edit("quarters/2024-Q3/posts.csv") { $0.replacingOccurrences(of: ",board,<b>nr,", with: ",board,nr,") }
            // On a loaded machine the poller may see the broken file once more before the fix: allow two more builds.
            var status = 0
            for build in 5...7 where status != 200 {
                _ = try events.read(until: "event: reload\ndata: \(build)\n\n", timeout: 60)
                status = try LoopbackClient.get("/ratings/en/pages/about/", port: port).status
            }
            XCTAssertEqual(status, 200)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        XCTAssertThrowsError(try LoopbackClient.get("/ratings/", port: port), "the server still answers after stop()")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("Site").path))
    }

    /// A page that loaded while a rebuild finished gets its reload as soon as it listens.
    func testAPageOfAnOlderBuildIsToldToReloadAtOnce() async throws {
        let (server, port) = try await startServer()
        do {
            let events = try LoopbackClient(port: port)
            try events.send("GET /__lightboard/events?since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            _ = try events.read(until: "event: reload\ndata: 1\n\n", timeout: 10)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func testBaseURLOptionSetsTheServedPath() async throws {
        let server = PreviewServer(options: ServeOptions(
            contentDirectory: content.path, templatesDirectory: work.appendingPathComponent("Templates").path,
            port: 0, baseURL: "https://staging.example/preview/"))
        let address = try await server.start()
        do {
            let port = UInt16(try XCTUnwrap(URLComponents(string: address)?.port))
            XCTAssertEqual(address, "http://127.0.0.1:\(port)/preview/")
            XCTAssertTrue(try LoopbackClient.get("/preview/sitemap.xml", port: port).body
                .contains("<loc>https://staging.example/preview/en/pages/about/</loc>"))
            XCTAssertEqual(try LoopbackClient.get("/ratings/", port: port).status, 404)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
