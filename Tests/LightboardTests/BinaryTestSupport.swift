import Foundation
import XCTest

/// The built `lightboard` executable, run as a user would.
enum LightboardBinary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable sits in the products folder: the test bundle's folder on
    /// Linux, the folder holding the .xctest bundle on macOS.
    static var url: URL {
        let bundle = Bundle(for: BundleToken.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("lightboard") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    static func run(_ arguments: [String], in directory: URL = repository) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Keep build caches of throw-away output folders out of the user's ~/.cache.
        process.environment = ProcessInfo.processInfo.environment
            .merging(["LIGHTBOARD_CACHE_DIR": FileManager.default.temporaryDirectory.appendingPathComponent("lightboard-test-cache").path]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// Builds `content` (a folder) with the repository's templates into `output`.
    static func build(content: URL, output: URL) throws -> (status: Int32, out: String, err: String) {
        try run(["build", "--content", content.path, "--templates", repository.appendingPathComponent("Templates").path,
                 "--output", output.path])
    }
}

private final class BundleToken {}

/// Every path under a folder with its bytes and modification time (files and folders).
struct FolderSnapshot: Equatable {
    struct Entry: Equatable {
        var bytes: Data?
        var modified: Date?
    }

    var entries: [String: Entry] = [:]

    init(_ folder: URL) throws {
        entries["."] = try Self.entry(folder.path, isDirectory: true)
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let path = folder.path + "/" + relative
            let isDirectory = (try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory
            entries[relative] = try Self.entry(path, isDirectory: isDirectory)
        }
    }

    private static func entry(_ path: String, isDirectory: Bool) throws -> Entry {
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        return Entry(bytes: isDirectory ? nil : try Data(contentsOf: URL(fileURLWithPath: path)), modified: modified)
    }

    /// Human-readable differences, for failure messages.
    func differences(to other: FolderSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).sorted().compactMap { path in
            switch (entries[path], other.entries[path]) {
            case (nil, _): return "added \(path)"
            case (_, nil): return "removed \(path)"
            case let (a?, b?) where a.bytes != b.bytes: return "bytes changed: \(path)"
            case let (a?, b?) where a != b: return "modification time changed: \(path)"
            default: return nil
            }
        }
    }
}

/// A fresh temporary folder, removed when the test ends.
func makeTemporaryFolder(_ test: XCTestCase, prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}
