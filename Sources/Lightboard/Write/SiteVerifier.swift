import Foundation

/// `lightboard verify DIR`: re-checks a published copy of a site against its `manifest.sha256`.
public enum SiteVerifier {
    /// What a copy holds against its manifest; paths relative to the folder, sorted.
    public struct Report: Hashable, Sendable {
        public var listed = 0
        /// Listed, present, with other bytes.
        public var changed: [String] = []
        /// Listed, not present as a file.
        public var missing: [String] = []
        /// Present, not listed.
        public var extra: [String] = []

        public var isIntact: Bool { changed.isEmpty && missing.isEmpty && extra.isEmpty }

        /// One `DIR/PATH: error: ...` per problem, changed, then missing, then extra.
        public func problems(in directory: String) -> [FileError] {
            let folder = directory.hasSuffix("/") ? directory : directory + "/"
            return changed.map { FileError(path: folder + $0, message: "changed: its SHA-256 differs from \(PublicManifest.name)") }
                + missing.map { FileError(path: folder + $0, message: "missing: listed in \(PublicManifest.name), not in the folder") }
                + extra.map { FileError(path: folder + $0, message: "extra: in the folder, not listed in \(PublicManifest.name)") }
        }
    }

    /// Not part of what the manifest lists: the manifests themselves, and what a
    /// copy kept in git or interrupted mid-build may hold besides the site.
    static let unlisted: Set<String> = [PublicManifest.name, SiteWriter.manifestName]
    static let unlistedFolders: Set<String> = [".git", SiteWriter.scratchFolderName]

    /// Throws `FileErrors` or `ContentErrors` when the manifest is missing or malformed.
    public static func verify(directory: String) throws -> Report {
        let (digests, _) = try PublicManifest.read(directory: directory)
        let root = URL(fileURLWithPath: directory, isDirectory: true).path
        var report = Report(listed: digests.count)
        let listed = digests.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let outcomes = listed.concurrentMap { path, digest -> Bool? in
            guard let data = regularFileContents(root + "/" + path) else { return nil }
            return SHA256.hex(Array(data)) == digest
        }
        for ((path, _), outcome) in zip(listed, outcomes) {
            switch outcome {
            case nil: report.missing.append(path)
            case false?: report.changed.append(path)
            case true?: break
            }
        }
        report.extra = files(under: root).filter { digests[$0] == nil }
        return report
    }

    private static func regularFileContents(_ path: String) -> Data? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return FileManager.default.contents(atPath: path)
    }

    /// Every file under `root` (symbolic links included, not followed), relative, sorted.
    private static func files(under root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let isTopLevel = !path.contains("/")
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                if isTopLevel && unlistedFolders.contains(path) { enumerator.skipDescendants() }
                continue
            }
            if isTopLevel && unlisted.contains(path) { continue }
            paths.append(path)
        }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
