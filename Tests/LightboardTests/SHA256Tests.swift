import Foundation
import XCTest
@testable import Lightboard

final class SHA256Tests: XCTestCase {
    private func hex(_ text: String) -> String { SHA256.hex(Array(text.utf8)) }

    /// FIPS 180-2, appendix B, and the empty message.
    func testKnownVectors() {
        XCTAssertEqual(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Fed in pieces across the 64-byte block boundaries, the digest is the same.
    func testUpdatesInPiecesGiveTheSameDigest() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for split in [0, 1, 55, 56, 63, 64, 65, 127, 128, 200, 300] {
            var hash = SHA256()
            hash.update(Array(bytes[..<split]))
            hash.update([])
            hash.update(Array(bytes[split...]))
            XCTAssertEqual(hash.finalize().hexDigits, SHA256.hex(bytes), "split at \(split)")
        }
    }

    /// Every length from 0 to 200 (all padding cases) and a few large ones, against `sha256sum`.
    func testAgreesWithSha256sum() throws {
        let folder = try makeTemporaryFolder(self, prefix: "sha256")
        let lengths = Array(0...200) + [1000, 4096, 65_537, 1_000_003]
        var expected: [String: String] = [:]
        for length in lengths {
            var state: UInt32 = 2_463_534_242 &+ UInt32(length)
            let bytes = (0..<length).map { _ in  // xorshift: varied, repeatable bytes
                state ^= state << 13; state ^= state >> 17; state ^= state << 5
                return UInt8(truncatingIfNeeded: state)
            }
            try Data(bytes).write(to: folder.appendingPathComponent("f\(length)"))
            expected["f\(length)"] = SHA256.hex(bytes)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"] + lengths.map { "f\($0)" }
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let actual = Dictionary(uniqueKeysWithValues: text.split(separator: "\n").map { line in
            (String(line.dropFirst(66)), String(line.prefix(64)))
        })
        XCTAssertEqual(actual.count, lengths.count)
        for (name, digest) in expected { XCTAssertEqual(actual[name], digest, name) }
    }

    /// The SHA instructions and the Swift rounds give the same digests, for every padding case and
    /// for messages of many blocks fed in pieces (on a CPU without the instructions both are the Swift rounds).
    func testTheHardwareAndTheSwiftRoundsAgree() {
        var seed: UInt32 = 88_675_123
        let bytes = (0..<70_000).map { _ in
            seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5
            return UInt8(truncatingIfNeeded: seed)
        }
        func digest(_ message: ArraySlice<UInt8>, hardware: Bool, piece: Int) -> String {
            var hash = SHA256(hardware: hardware)
            var start = message.startIndex
            while start < message.endIndex {
                let end = min(start + piece, message.endIndex)
                hash.update(Array(message[start..<end]))
                start = end
            }
            return hash.finalize().hexDigits
        }
        for length in Array(0...260) + [4096, 65_537, 70_000] {
            let message = bytes[..<length]
            XCTAssertEqual(digest(message, hardware: true, piece: 1 << 20), digest(message, hardware: false, piece: 1 << 20), "length \(length)")
        }
        XCTAssertEqual(digest(bytes[...], hardware: true, piece: 1000), digest(bytes[...], hardware: false, piece: 777))
        print("SHA256Tests: the SHA instructions are \(SHA256.hardwareAvailable ? "" : "not ")available on this CPU")
    }
}
