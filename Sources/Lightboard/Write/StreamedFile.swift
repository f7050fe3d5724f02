import Foundation

/// A generated file too large to hold in memory (a period's post-level open data): its
/// bytes are produced in pieces when it is written, and never held whole.
public struct StreamedFile: Sendable {
    /// Relative to the output folder, as `RenderedFile.path`.
    public var path: String
    /// Hands the file's bytes to `sink` in order, in pieces of any size.
    public var produce: @Sendable (_ sink: ([UInt8]) throws -> Void) throws -> Void

    public init(path: String, produce: @escaping @Sendable (_ sink: ([UInt8]) throws -> Void) throws -> Void) {
        self.path = path
        self.produce = produce
    }

    /// The whole file in memory, for a bag of one period.
    public func rendered() throws -> RenderedFile {
        var bytes: [UInt8] = []
        try produce { bytes += $0 }
        return RenderedFile(path: path, bytes: bytes)
    }
}

/// A streamed file written to the output folder's staging folder, with its SHA-256 (for
/// manifest.sha256), waiting for `SiteWriter.write` to move it into place.
public struct StagedFile: Hashable, Sendable {
    public var path: String
    /// Absolute path of the staged copy.
    var temporary: String
    public var digest: String
    public var size: Int
}

extension SiteWriter {
    static let stagingFolderName = ".lightboard-staged"

    /// Removes what a failed build may have left in the staging folder.
    public func clearStaging() {
        try? FileManager.default.removeItem(atPath: path(Self.stagingFolderName))
    }

    /// Writes each streamed file (on every core) into the staging folder, hashing it as it
    /// goes, flushed to disk. Nothing the site serves changes until `write` moves them.
    public func stage(_ files: [StreamedFile]) throws -> [StagedFile] {
        for file in files { try checkSafe(relativePath: file.path) }
        let staging = path(Self.stagingFolderName)
        guard !files.isEmpty else { return [] }
        try createDirectory(outputDirectory)  // a folder that cannot be made is named as the user gave it
        try createDirectory(staging)
        let outcomes = files.concurrentMap { file in
            // A generated path holds no "%": the staged name is unique.
            Result { try stage(file, at: staging + "/" + file.path.replacingOccurrences(of: "/", with: "%")) }
        }
        do {
            return try outcomes.map { try $0.get() }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    private func stage(_ file: StreamedFile, at temporary: String) throws -> StagedFile {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path: file.path, reason: "cannot write: " + String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var hash = SHA256(), size = 0
        try file.produce { bytes in
            hash.update(bytes)
            size += bytes.count
            let error = writeAll(bytes, to: descriptor)
            guard error == 0 else { throw WriteError(path: file.path, reason: "cannot write: " + String(cString: strerror(error))) }
        }
        guard fsync(descriptor) == 0 else { throw WriteError(path: file.path, reason: "cannot write: " + String(cString: strerror(errno))) }
        let digest = hash.finalize().hexDigits
        return StagedFile(path: file.path, temporary: temporary, digest: digest, size: size)
    }

    /// Whether the output folder already holds the staged file's bytes.
    func existingFile(at destination: String, comparedWith staged: StagedFile) -> ExistingFile {
        var status = stat()
        guard stat(destination, &status) == 0 else { return .nothing }
        guard (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == staged.size,
              FileManager.default.contentsEqual(atPath: destination, andPath: staged.temporary) else { return .otherBytes }
        return .sameBytes
    }
}
