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
    /// `outputDirectory` made absolute once; file paths are joined to it as strings,
    /// because `URL(fileURLWithPath:)` and `appendingPathComponent` stat the file
    /// system on every call to learn whether a path is a folder.
    private let root: String

    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
        root = URL(fileURLWithPath: outputDirectory, isDirectory: true).path
    }

    /// `kept`: files a previous build generated that stay as they are (the build cache
    /// found their inputs unchanged); they remain in the manifest and count as unchanged.
    /// `staged`: streamed files `stage` wrote, moved into place unless their bytes are there already.
    public func write(_ files: [RenderedFile], staged: [StagedFile] = [], keeping kept: [String] = []) throws -> WriteReport {
        // Staged files are moved into place or, whatever happens, removed.
        defer { if !staged.isEmpty { try? FileManager.default.removeItem(atPath: path(Self.stagingFolderName)) } }
        for path in files.map(\.path) + staged.map(\.path) + kept { try checkSafe(relativePath: path) }
        let previous = readManifest()
        let sorted = files.sorted { $0.path < $1.path }
        let existing = sorted.concurrentMap { existingFile(at: path($0.path), comparedWith: $0.bytes) }
        let existingStaged = staged.map { existingFile(at: path($0.path), comparedWith: $0) }
        try refuseForeignFiles(zip(sorted.map(\.path) + staged.map(\.path), existing + existingStaged)
            .filter { $0.1 == .otherBytes && !previous.contains($0.0) }.map(\.0))

        let fileManager = FileManager.default
        try createDirectory(outputDirectory)
        let scratch = path(Self.scratchFolderName)
        try? fileManager.removeItem(atPath: scratch)  // left by a killed build
        try createDirectory(scratch)
        defer { try? fileManager.removeItem(atPath: scratch) }

        let current = Set(files.map(\.path) + staged.map(\.path) + kept)
        if !current.isSubset(of: previous) { try writeManifest(previous.union(current), scratch: scratch) }

        let toWrite = zip(sorted, existing).filter { $0.1 != .sameBytes }
        // A file that is there already has its folder; only new files may need one.
        let newFolders = Set(toWrite.filter { $0.1 == .nothing }.map { parentFolder(of: path($0.0.path)) })
        for folder in newFolders.sorted() { try createFolder(folder) }
        let outcomes = Array(toWrite.map(\.0).enumerated()).concurrentMap { index, file in
            // Scratch names only need to be unique within this build's scratch folder.
            Result { try replace(path(file.path), with: file.bytes, scratch: scratch, temporaryName: String(index)) }
        }
        for outcome in outcomes { try outcome.get() }
        let toMove = zip(staged, existingStaged).filter { $0.1 != .sameBytes }.map(\.0)
        for file in toMove {
            let destination = path(file.path)
            try createFolder(parentFolder(of: destination))
            if rename(file.temporary, destination) != 0 {
                throw WriteError(path: destination, reason: String(cString: strerror(errno)))
            }
        }
        var report = WriteReport(written: (toWrite.map(\.0.path) + toMove.map(\.path)).sorted(),
                                 unchanged: files.count + staged.count + kept.count - toWrite.count - toMove.count)

        // Stale files go before the manifest forgets them: a build killed in between leaves them
        // listed, and the next build removes them (the other order left them as the user's files).
        for stale in previous.subtracting(current).sorted() {
            let target = path(stale)
            var isDirectory: ObjCBool = false
            guard (try? checkSafe(relativePath: stale)) != nil,
                  fileManager.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            try fileManager.removeItem(atPath: target)
            report.removed.append(stale)
            removeEmptyParents(of: stale)
        }
        if current != previous { try writeManifest(current, scratch: scratch) }
        return report
    }

    // MARK: - Manifest

    /// Contract §1: a file Lightboard did not write is never touched. `candidates` hold other
    /// bytes than the build's and are not in the private manifest; those the public manifest
    /// lists are Lightboard's too (a copy of a built site, e.g. a fresh clone without
    /// `.lightboard-manifest`). Any other is the user's: refuse them all, before anything is written.
    private func refuseForeignFiles(_ candidates: [String]) throws {
        guard !candidates.isEmpty else { return }
        let published = (try? PublicManifest.read(directory: outputDirectory).digests) ?? [:]
        let foreign = candidates.filter { published[$0] == nil }
        guard !foreign.isEmpty else { return }
        let folder = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        throw FileErrors(foreign.map { path in
            FileError(path: folder + path, message: "this file was not written by Lightboard, and the build would replace it",
                      hint: "move it out of \(folder) (Lightboard generates this path) and build again; "
                          + "Lightboard replaces only the files listed in \(folder)\(Self.manifestName)")
        })
    }

    func readManifest() -> Set<String> {
        guard let text = try? String(contentsOfFile: path(Self.manifestName), encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }

    private func writeManifest(_ paths: Set<String>, scratch: String) throws {
        let text = paths.sorted().map { $0 + "\n" }.joined()
        try replace(path(Self.manifestName), with: Array(text.utf8), scratch: scratch, temporaryName: "manifest")
    }

    // MARK: - Files

    /// What the output folder holds where a file is to be written.
    enum ExistingFile {
        case sameBytes, otherBytes, nothing
    }

    /// Compares the file at `path` with `bytes`; the size is checked first, so a
    /// changed file is usually told apart without reading it.
    private func existingFile(at path: String, comparedWith bytes: [UInt8]) -> ExistingFile {
        var status = stat()
        guard stat(path, &status) == 0 else { return .nothing }
        guard (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count,
              let existing = FileManager.default.contents(atPath: path) else { return .otherBytes }
        return existing.elementsEqual(bytes) ? .sameBytes : .otherBytes
    }

    func path(_ relativePath: String) -> String {
        root + "/" + relativePath
    }

    func parentFolder(of path: String) -> String {
        String(path[..<path.lastIndex(of: "/")!])
    }

    /// Generated paths come from content ids; refuse anything that could leave the folder.
    /// Checked on UTF-8 bytes, as the file system sees the path (and cheaper than `Character`s).
    func checkSafe(relativePath: String) throws {
        let segments = relativePath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        let unsafe = relativePath.isEmpty || relativePath.utf8.contains(UInt8(ascii: "\\"))
            || segments.contains { $0.isEmpty || $0.elementsEqual(".".utf8) || $0.elementsEqual("..".utf8) }
            || segments[0].elementsEqual(".git".utf8) || relativePath == Self.manifestName
            || segments[0].elementsEqual(Self.scratchFolderName.utf8) || segments[0].elementsEqual(Self.stagingFolderName.utf8)
        if unsafe { throw WriteError(path: relativePath, reason: "refusing to write outside the output folder") }
    }

    func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create folder: \(SystemError.reason(error))")
        }
    }

    /// Creates a folder inside the output folder with one `mkdir` when its parent
    /// exists (FileManager stats the path and its parents first); anything
    /// unusual (the folder exists, a file is in the way) goes to `createDirectory`.
    func createFolder(_ folder: String) throws {
        if mkdir(folder, 0o777) == 0 { return }
        if errno == ENOENT, folder.count > root.count + 1 {
            try createFolder(parentFolder(of: folder))
            if mkdir(folder, 0o777) == 0 { return }
        }
        try createDirectory(folder)
    }

    /// Writes `bytes` to `temporaryName` in the scratch folder, flushed to disk,
    /// then renames it over `destination` (atomic on POSIX).
    private func replace(_ destination: String, with bytes: [UInt8], scratch: String, temporaryName: String) throws {
        let temporary = scratch + "/" + temporaryName
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path: destination, reason: "cannot write: " + String(cString: strerror(errno))) }
        var error = writeAll(bytes, to: descriptor)
        if error == 0 && fsync(descriptor) != 0 { error = errno }
        close(descriptor)
        guard error == 0 else { throw WriteError(path: destination, reason: "cannot write: " + String(cString: strerror(error))) }
        if rename(temporary, destination) != 0 {
            throw WriteError(path: destination, reason: String(cString: strerror(errno)))
        }
    }

    private func removeEmptyParents(of relativePath: String) {
        var segments = relativePath.split(separator: "/").dropLast()
        while !segments.isEmpty {
            let directory = path(segments.joined(separator: "/"))
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory), entries.isEmpty else { return }
            try? FileManager.default.removeItem(atPath: directory)
            segments = segments.dropLast()
        }
    }
}

/// Writes all of `bytes` to `descriptor`; 0, or the `errno` of the failure.
/// (Outside `SiteWriter`, whose `write` method would hide the C function.)
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count < 0 ? errno : EIO }
            offset += count
        }
        return 0
    }
}
