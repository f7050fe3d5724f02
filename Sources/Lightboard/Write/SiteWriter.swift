import Foundation

/// What a write changed in the output folder.
public struct WriteReport: Hashable, Sendable {
    /// Files created or whose bytes changed, sorted.
    public var written: [String] = []
    public var unchanged = 0
    /// Previously generated files no longer produced, sorted.
    public var removed: [String] = []
}

/// A problem writing the output folder (not a content error).
public struct WriteError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "\(path): error: \(reason)" }
}

/// Writes the rendered files into the output folder.
///
/// - Files the tool did not write (`.git`, `CNAME`, …) are never touched: the
///   manifest `.lightboard-manifest` lists what Lightboard generated.
/// - A file whose bytes did not change is not rewritten.
/// - Each file is written to a temporary file and renamed into place, so a
///   build killed half-way leaves every file either old or new, never torn.
/// - Before any file changes, the manifest lists old and new files together, so
///   a file written by an interrupted build is still known to be ours and is
///   cleaned up by the next build if it is no longer produced.
public struct SiteWriter: Sendable {
    public static let manifestName = ".lightboard-manifest"
    static let scratchFolderName = ".lightboard-tmp"

    public let outputDirectory: String

    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
    }

    /// `kept`: files a previous build generated that stay as they are (the build cache
    /// found their inputs unchanged); they remain in the manifest and count as unchanged.
    public func write(_ files: [RenderedFile], keeping kept: [String] = []) throws -> WriteReport {
        for path in files.map(\.path) + kept { try checkSafe(relativePath: path) }
        let fileManager = FileManager.default
        try createDirectory(outputDirectory)
        let scratch = url(Self.scratchFolderName)
        try? fileManager.removeItem(at: scratch)  // left by a killed build
        try createDirectory(scratch.path)
        defer { try? fileManager.removeItem(at: scratch) }

        let previous = readManifest()
        let current = Set(files.map(\.path) + kept)
        if !current.isSubset(of: previous) { try writeManifest(previous.union(current), scratch: scratch) }

        let sorted = files.sorted { $0.path < $1.path }
        let changed = sorted.concurrentMap { !hasBytes(url($0.path).path, $0.bytes) }
        let toWrite = zip(sorted, changed).filter(\.1).map(\.0)
        for folder in Set(toWrite.map { url($0.path).deletingLastPathComponent().path }).sorted() {
            try createDirectory(folder)
        }
        let outcomes = toWrite.concurrentMap { file in
            Result { try replace(url(file.path), with: Data(file.bytes), scratch: scratch) }
        }
        for outcome in outcomes { try outcome.get() }
        var report = WriteReport(written: toWrite.map(\.path), unchanged: files.count + kept.count - toWrite.count)

        if current != previous { try writeManifest(current, scratch: scratch) }
        for stale in previous.subtracting(current).sorted() {
            let target = url(stale)
            var isDirectory: ObjCBool = false
            guard (try? checkSafe(relativePath: stale)) != nil,
                  fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            try fileManager.removeItem(at: target)
            report.removed.append(stale)
            removeEmptyParents(of: stale)
        }
        return report
    }

    // MARK: - Manifest

    func readManifest() -> Set<String> {
        guard let text = try? String(contentsOf: url(Self.manifestName), encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }

    private func writeManifest(_ paths: Set<String>, scratch: URL) throws {
        let text = paths.sorted().map { $0 + "\n" }.joined()
        try replace(url(Self.manifestName), with: Data(text.utf8), scratch: scratch)
    }

    // MARK: - Files

    /// Whether the file at `path` holds exactly `bytes`; the size is checked first,
    /// so a changed file is usually told apart without reading it.
    private func hasBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count,
              let existing = FileManager.default.contents(atPath: path) else { return false }
        return existing.elementsEqual(bytes)
    }

    private func url(_ relativePath: String) -> URL {
        URL(fileURLWithPath: outputDirectory).appendingPathComponent(relativePath)
    }

    /// Generated paths come from content ids; refuse anything that could leave the folder.
    private func checkSafe(relativePath: String) throws {
        let segments = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        let unsafe = relativePath.isEmpty || relativePath.hasPrefix("/")
            || segments.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\\") }
            || segments.first == ".git" || relativePath == Self.manifestName || segments.first == Substring(Self.scratchFolderName)
        if unsafe { throw WriteError(path: relativePath, reason: "refusing to write outside the output folder") }
    }

    private func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create folder: \(error.localizedDescription)")
        }
    }

    /// Writes `data` next to nothing else visible, then renames it over `destination` (atomic on POSIX).
    private func replace(_ destination: URL, with data: Data, scratch: URL) throws {
        let temporary = scratch.appendingPathComponent(UUID().uuidString)
        do {
            try data.write(to: temporary)
            if rename(temporary.path, destination.path) != 0 {
                throw WriteError(path: destination.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(path: destination.path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    private func removeEmptyParents(of relativePath: String) {
        var segments = relativePath.split(separator: "/").dropLast()
        while !segments.isEmpty {
            let directory = url(segments.joined(separator: "/")).path
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory), entries.isEmpty else { return }
            try? FileManager.default.removeItem(atPath: directory)
            segments = segments.dropLast()
        }
    }
}
