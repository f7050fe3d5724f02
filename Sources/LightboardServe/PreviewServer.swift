import FlyingFox
import FlyingSocks
import Foundation
import Lightboard

/// What `lightboard serve` needs to know.
public struct ServeOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var host: String
    /// 0 picks a free port (the tests do).
    public var port: UInt16
    /// `--base-url`; by default the site is built with site.yml's base_url path on the preview's own address,
    /// so that absolute links (the 404 page, feeds) stay in the preview.
    public var baseURL: String?
    /// How often the content and templates folders are looked at for changes.
    public var pollInterval: Duration
    /// Where the server says what it does: each rebuild, each failed build's diagnostics.
    public var log: @Sendable (String) -> Void

    public init(contentDirectory: String, templatesDirectory: String, host: String = "127.0.0.1", port: UInt16 = 8000,
                baseURL: String? = nil, pollInterval: Duration = .milliseconds(250),
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.host = host
        self.port = port
        self.baseURL = baseURL
        self.pollInterval = pollInterval
        self.log = log
    }
}

/// The preview: builds the site into memory, serves it over HTTP, rebuilds it when a file of
/// the content or templates folder changes, and tells the open pages to reload through
/// Server-Sent Events. The output folder is never touched.
public actor PreviewServer {
    private let options: ServeOptions
    private var server: HTTPServer?
    private var serverTask: Task<Void, any Error>?
    private var watchTask: Task<Void, Never>?
    private var site: PreviewSite = .failed(diagnostics: [])
    /// Counts the builds; pages carry the number of the build they come from.
    private var build = 0
    private var listeners: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextListener = 0

    public init(options: ServeOptions) {
        self.options = options
    }

    /// Listens, builds the site once, starts watching the folders; returns the site's address
    /// (`http://127.0.0.1:8000/ratings/`).
    public func start() async throws -> String {
        let address = try sockaddr_in.inet(ip4: options.host, port: options.port)
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: Handler(preview: self))
        self.server = server
        serverTask = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 10)
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw SocketError.unsupportedAddress }
        let origin = "http://\(options.host):\(port)"

        let choice: BaseURLChoice = options.baseURL.map { .replaced($0) } ?? .origin(origin)
        let content = options.contentDirectory, templates = options.templatesDirectory
        let initialSnapshot = FolderSnapshot(folders: [content, templates])
        rebuild(PreviewSite.build(contentDirectory: content, templatesDirectory: templates, baseURL: choice), initial: true)
        let interval = options.pollInterval
        // Detached: a rebuild must not hold the actor, which answers the requests meanwhile.
        watchTask = Task.detached { [weak self] in
            var snapshot = initialSnapshot
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let current = FolderSnapshot(folders: [content, templates])
                guard current != snapshot else { continue }
                snapshot = current
                let site = PreviewSite.build(contentDirectory: content, templatesDirectory: templates, baseURL: choice)
                await self?.rebuild(site, initial: false)
            }
        }
        if case .built(_, let basePath) = site { return origin + basePath }
        return origin + "/"
    }

    /// Ends the event streams, closes the connections and stops watching.
    public func stop() async {
        watchTask?.cancel()
        for listener in listeners.values { listener.finish() }
        listeners = [:]
        await server?.stop(timeout: 1)
        serverTask?.cancel()
        server = nil
    }

    private func rebuild(_ newSite: PreviewSite, initial: Bool) {
        site = newSite
        build += 1
        switch newSite {
        case .built(let files, _): options.log(initial ? "Built \(files.count) files." : "Rebuilt: \(files.count) files; reloading the open pages.")
        case .failed(let diagnostics):
            options.log(diagnostics.map(\.description).joined(separator: "\n")
                + "\nlightboard: \(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s"); the browser shows them.")
        }
        for listener in listeners.values { listener.yield(Self.reloadEvent(build)) }
    }

    private static func reloadEvent(_ build: Int) -> [UInt8] { Array("event: reload\ndata: \(build)\n\n".utf8) }

    // MARK: - Requests

    fileprivate func respond(to request: HTTPRequest) -> HTTPResponse {
        let path = request.target.path(percentEncoded: false)
        switch path {
        case PreviewSite.reloadScriptPath:
            return Self.response(PreviewResponse(status: 200, headers: PreviewSite.headers("text/javascript; charset=utf-8"),
                                                 body: ReloadScript.source))
        case ReloadScript.eventsPath:
            return events(since: request.query.first { $0.name == "since" }.flatMap { Int($0.value) })
        default:
            return Self.response(site.response(to: path, build: build))
        }
    }

    /// An event stream that stays open: a `reload` event after each build, and one at once
    /// if the page is older than the latest build (it missed one while loading).
    private func events(since pageBuild: Int?) -> HTTPResponse {
        let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self)
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in Task { await self?.removeListener(id) } }
        continuation.yield(Array("retry: 1000\n: build \(build)\n\n".utf8))
        if let pageBuild, pageBuild != build { continuation.yield(Self.reloadEvent(build)) }
        var headers = HTTPHeaders()
        headers[.contentType] = "text/event-stream"
        headers[HTTPHeader("Cache-Control")] = "no-store"
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBody(stream: stream)))
    }

    private func removeListener(_ id: Int) { listeners[id] = nil }

    private static func response(_ preview: PreviewResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in preview.headers { headers[HTTPHeader(name)] = value }
        return HTTPResponse(statusCode: HTTPStatusCode(preview.status, phrase: phrase(preview.status)), headers: headers,
                            body: Data(preview.body))
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 302: "Found"
        case 404: "Not Found"
        default: "Internal Server Error"
        }
    }

    private struct Handler: HTTPHandler {
        let preview: PreviewServer
        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse { await preview.respond(to: request) }
    }
}

/// The bytes of an event stream as they come, for FlyingFox's chunked response body.
private struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(events: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event[...]
            }
            let buffer = pending.prefix(count)
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
