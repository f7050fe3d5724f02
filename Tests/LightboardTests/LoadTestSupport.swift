import Foundation
import XCTest
@testable import Lightboard

/// A content folder written into a fresh temporary directory, removed on deinit.
final class TemporaryFolder {
    let path: String

    /// `files` maps relative paths to text (written as UTF-8) or to raw bytes.
    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:]) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("lightboard-load-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (relativePath, text) in files { try write(relativePath, Array(text.utf8)) }
        for (relativePath, data) in bytes { try write(relativePath, data) }
    }

    func write(_ relativePath: String, _ data: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(data).write(to: url)
    }

    func file(_ relativePath: String) -> String { path + "/" + relativePath }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
