import Foundation
import XCTest

/// One run of the `lightboard` binary over an inline content folder: its exit status,
/// its diagnostics (paths reading `Content/...`) and the output folder it built.
struct ContractRun {
    var status: Int32
    var err: String
    var output: URL

    func json(_ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(path)))
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// The elements of departments.json, in file order.
    func departments(_ slug: String = "2024-q3") throws -> [[String: Any]] {
        try XCTUnwrap(json("data/\(slug)/departments.json") as? [[String: Any]])
    }

    func summary(_ slug: String = "2024-q3") throws -> [String: Any] {
        try XCTUnwrap(json("data/\(slug)/summary.json") as? [String: Any])
    }

    func assessment(_ slug: String = "2024-q3") throws -> [String: Any] {
        try XCTUnwrap(summary(slug)["assessment"] as? [String: Any])
    }

    /// The `FILE:LINE: error: MESSAGE` lines of stderr, hints left out.
    var errors: [String] {
        err.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
    }
}

extension XCTestCase {
    /// Writes `files` (path: text) and `bytes` (path: raw bytes) as a content folder and builds it into a fresh output folder.
    func buildContent(_ files: [String: String], bytes: [String: [UInt8]] = [:]) throws -> ContractRun {
        let work = try makeTemporaryFolder(self, prefix: "contract")
        let content = work.appendingPathComponent("Content")
        for (path, text) in files { try write(Data(text.utf8), to: content.appendingPathComponent(path)) }
        for (path, data) in bytes { try write(Data(data), to: content.appendingPathComponent(path)) }
        let output = work.appendingPathComponent("Site")
        let result = try LightboardBinary.build(content: content, output: output)
        // Paths in diagnostics start with the content folder as given: make them read `Content/...`.
        return ContractRun(status: result.status, err: result.err.replacingOccurrences(of: work.path + "/", with: ""), output: output)
    }

    func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func department(_ id: String, in run: ContractRun, slug: String = "2024-q3") throws -> [String: Any] {
        try XCTUnwrap(run.departments(slug).first { $0["id"] as? String == id }, "no \(id) in \(slug)/departments.json")
    }
}
