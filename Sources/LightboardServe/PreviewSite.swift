import Foundation
import Lightboard

/// One build of the site for the preview, kept in memory: the output folder is never touched.
public enum PreviewSite: Sendable {
    /// Every file by its path in the site (`zh/index.html`), and the path the site is served under
    /// (`/ratings/`, from base_url).
    case built(files: [String: [UInt8]], basePath: String)
    /// The build's every diagnostic, sorted, as `lightboard build` prints them.
    case failed(diagnostics: [Diagnostic])

    /// Runs the pipeline up to rendering; never writes.
    public static func build(contentDirectory: String, templatesDirectory: String, baseURL: BaseURLChoice) -> PreviewSite {
        do {
            let site = try SiteBuilder.compute(contentDirectory: contentDirectory, baseURL: baseURL)
            let files = try SiteBuilder.render(site, templatesDirectory: templatesDirectory)
            return .built(files: Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { $1 }),
                          basePath: basePath(of: site.content.config.baseURL))
        } catch let errors as ContentErrors {
            return .failed(diagnostics: errors.diagnostics)
        } catch {
            return .failed(diagnostics: [Diagnostic(file: contentDirectory, line: 1, message: "\(error)")])
        }
    }

    /// The path of an absolute URL, with its trailing `/`: `https://example.org/ratings/` → `/ratings/`.
    static func basePath(of baseURL: String) -> String {
        guard let path = URLComponents(string: baseURL)?.percentEncodedPath, path.hasPrefix("/") else { return "/" }
        let decoded = path.removingPercentEncoding ?? path
        return decoded.hasSuffix("/") ? decoded : decoded + "/"
    }
}

/// What the preview answers to one request.
public struct PreviewResponse: Equatable, Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
}

extension PreviewSite {
    /// The address of the page-reload script, which `<script>` tags point to.
    static let reloadScriptPath = "/__lightboard/reload.js"

    /// The answer to a GET of `path` (percent-decoded, without query): a file of the site, a
    /// redirect into the base path or to a folder's `/`, the site's 404 page, or the error page.
    /// HTML gets the reload script, tagged with `build`, the number of this build.
    func response(to path: String, build: Int) -> PreviewResponse {
        switch self {
        case .failed(let diagnostics):
            return html(status: 500, ErrorPage.html(diagnostics), build: build)
        case .built(let files, let basePath):
            guard path.hasPrefix(basePath) else {
                if path == "/" || path + "/" == basePath { return redirect(to: basePath) }
                return notFound(files, build: build)
            }
            var relative = String(path.dropFirst(basePath.count))
            guard !relative.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
                return notFound(files, build: build)
            }
            if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
            if let bytes = files[relative] {
                let type = Self.contentType(of: relative)
                return type.hasPrefix("text/html")
                    ? html(status: 200, bytes, build: build)
                    : PreviewResponse(status: 200, headers: Self.headers(type), body: bytes)
            }
            if files[relative + "/index.html"] != nil { return redirect(to: path + "/") }
            return notFound(files, build: build)
        }
    }

    private func notFound(_ files: [String: [UInt8]], build: Int) -> PreviewResponse {
        html(status: 404, files["404.html"] ?? Array("<!doctype html><title>Not found</title><p>Not found.".utf8), build: build)
    }

    private func redirect(to location: String) -> PreviewResponse {
        var headers = Self.headers("text/plain; charset=utf-8")
        headers["Location"] = location
        return PreviewResponse(status: 302, headers: headers, body: Array("See \(location)\n".utf8))
    }

    private func html(status: Int, _ bytes: [UInt8], build: Int) -> PreviewResponse {
        PreviewResponse(status: status, headers: Self.headers("text/html; charset=utf-8"),
                        body: Self.injectingReloadScript(into: bytes, build: build))
    }

    /// The script tag goes before `</head>` (or at the end): the site's Content-Security-Policy
    /// allows scripts of the same origin (`script-src 'self'`), and the built bytes stay untouched.
    static func injectingReloadScript(into page: [UInt8], build: Int) -> [UInt8] {
        let tag = Array("<script src=\"\(reloadScriptPath)?build=\(build)\" defer></script>\n".utf8)
        let marker = Array("</head>".utf8)
        guard let index = page.indices.dropLast(marker.count - 1).first(where: { page[$0..<$0 + marker.count].elementsEqual(marker) })
        else { return page + tag }
        return Array(page[..<index]) + tag + Array(page[index...])
    }

    /// Nothing is cached: every request sees the latest build.
    static func headers(_ contentType: String) -> [String: String] {
        ["Content-Type": contentType, "Cache-Control": "no-store"]
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "csv": "text/csv; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
