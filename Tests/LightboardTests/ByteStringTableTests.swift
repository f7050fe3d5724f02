import Foundation
import XCTest
@testable import Lightboard

final class ByteStringTableTests: XCTestCase {
    private func insert(_ key: [UInt8], _ value: Int, into table: inout ByteStringTable) -> Int? {
        key.withUnsafeBufferPointer { table.insert($0, value: value) }
    }

    private func value(_ key: [UInt8], in table: ByteStringTable) -> Int? {
        key.withUnsafeBufferPointer { table.value(for: $0) }
    }

    func testInsertKeepsTheFirstValue() {
        var table = ByteStringTable()
        XCTAssertNil(insert(Array("2024Q3-000001".utf8), 2, into: &table))
        XCTAssertEqual(insert(Array("2024Q3-000001".utf8), 9, into: &table), 2)
        XCTAssertEqual(value(Array("2024Q3-000001".utf8), in: table), 2)
        XCTAssertNil(value(Array("2024Q3-000002".utf8), in: table))
        XCTAssertEqual(table.count, 1)
    }

    func testEmptyKey() {
        var table = ByteStringTable()
        XCTAssertNil(value([], in: table))
        XCTAssertNil(insert([], 1, into: &table))
        XCTAssertNil(insert([0], 2, into: &table))
        XCTAssertEqual(insert([], 3, into: &table), 1)
        XCTAssertEqual(value([], in: table), 1)
        XCTAssertEqual(value([0], in: table), 2)
    }

    /// Keys of every length around the eight-byte steps of the hash, each also
    /// changed in every single byte: all distinct, all found.
    func testKeysThatDifferInOneByte() {
        var table = ByteStringTable()
        var keys: [[UInt8]] = []
        for length in 1...40 {
            let key = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            keys.append(key)
            for position in 0..<length {
                var changed = key
                changed[position] ^= 0x01
                keys.append(changed)
            }
            keys.append(key + [0])  // the same bytes and a zero: the tail of the hash must tell them apart
        }
        XCTAssertEqual(Set(keys).count, keys.count)
        for (index, key) in keys.enumerated() { XCTAssertNil(insert(key, index, into: &table), "\(key)") }
        for (index, key) in keys.enumerated() { XCTAssertEqual(value(key, in: table), index, "\(key)") }
        XCTAssertEqual(table.count, keys.count)
    }

    func testVeryLongAndNonASCIIKeys() {
        var table = ByteStringTable()
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
        XCTAssertNil(insert(long, 1, into: &table))
        XCTAssertNil(insert(long.dropLast() + [UInt8(ascii: "y")], 2, into: &table))
        XCTAssertNil(insert(Array("宁波市".utf8), 3, into: &table))
        XCTAssertNil(insert(Array("宁波县".utf8), 4, into: &table))
        XCTAssertEqual(value(long, in: table), 1)
        XCTAssertEqual(value(long.dropLast() + [UInt8(ascii: "y")], in: table), 2)
        XCTAssertNil(value(Array(long.dropLast()), in: table))
        XCTAssertEqual(value(Array("宁波市".utf8), in: table), 3)
        XCTAssertEqual(value(Array("宁波县".utf8), in: table), 4)
    }

    /// Growing from the smallest table: keys collide in the slot they want, probe
    /// past each other (also around the end of the table) and move when it grows.
    func testGrowingAndCollidingKeys() {
        var table = ByteStringTable()
        let keys = (0..<50_000).map { Array("2024Q3-\($0)".utf8) }
        for (index, key) in keys.enumerated() { XCTAssertNil(insert(key, index + 2, into: &table)) }
        for (index, key) in keys.enumerated() where index % 7 == 0 {
            XCTAssertEqual(insert(key, -1, into: &table), index + 2)
        }
        for (index, key) in keys.enumerated() { XCTAssertEqual(value(key, in: table), index + 2) }
        XCTAssertNil(value(Array("2024Q3-50000".utf8), in: table))
        XCTAssertEqual(table.count, keys.count)
    }

    private func firstLine(_ id: String, _ line: Int, in table: inout PostIDTable) -> Int? {
        Array(id.utf8).withUnsafeBufferPointer { table.insert($0, line: line) }
    }

    /// Post ids are equal as Strings are (as the `[String: Int]` the table
    /// replaced): canonically equivalent spellings are duplicates.
    func testPostIDsCompareAsStrings() {
        var table = PostIDTable(capacity: 4)
        XCTAssertNil(firstLine("K-1", 2, in: &table))
        XCTAssertEqual(firstLine("\u{212A}-1", 3, in: &table), 2)  // KELVIN SIGN
        XCTAssertNil(firstLine("\u{212A}-2", 4, in: &table))
        XCTAssertEqual(firstLine("K-2", 5, in: &table), 4)
        XCTAssertNil(firstLine("caf\u{E9}", 6, in: &table))
        XCTAssertEqual(firstLine("cafe\u{301}", 7, in: &table), 6)
        XCTAssertNil(firstLine("cafe", 8, in: &table))
        XCTAssertNil(firstLine("宁波-1", 9, in: &table))
        XCTAssertEqual(firstLine("宁波-1", 10, in: &table), 9)
        XCTAssertNil(firstLine("\u{212A}\u{301}", 11, in: &table))
        XCTAssertEqual(firstLine("\u{1E30}", 12, in: &table), 11)  // K WITH ACUTE
        XCTAssertEqual(firstLine("K\u{301}", 13, in: &table), 11)
    }

    /// Ids in order skip the hash table until the order breaks; a duplicate is
    /// then still found with the line where the id was first seen.
    func testIDsInOrderThenOutOfOrder() {
        var table = PostIDTable(capacity: 2)
        for (line, id) in ["A-1", "A-2", "A-10", "B", "B-1", "b"].enumerated() {
            XCTAssertNil(firstLine(id, line + 2, in: &table), id)
        }
        XCTAssertEqual(firstLine("b", 8, in: &table), 7, "the same id twice in a row")
        XCTAssertEqual(firstLine("A-2", 9, in: &table), 3)
        XCTAssertNil(firstLine("A-3", 10, in: &table))
        XCTAssertEqual(firstLine("A-10", 11, in: &table), 4)

        var early = PostIDTable(capacity: 0)
        XCTAssertNil(firstLine("id-1", 2, in: &early))
        XCTAssertNil(firstLine("id-2", 3, in: &early))
        XCTAssertEqual(firstLine("id-1", 4, in: &early), 2, "a repeat of the first id breaks the order")

        var kelvin = PostIDTable(capacity: 0)
        XCTAssertNil(firstLine("K-1", 2, in: &kelvin))
        XCTAssertNil(firstLine("K-2", 3, in: &kelvin))
        XCTAssertEqual(firstLine("\u{212A}-1", 4, in: &kelvin), 2, "a non-ASCII id ends the in-order run")
        XCTAssertNil(firstLine("K-3", 5, in: &kelvin))
    }

    /// The characters `PostIDTable` maps to ASCII are exactly those whose String
    /// equals a one-character ASCII String, and no character decomposes into
    /// ASCII characters only without being one of them.
    func testASCIIEquivalentsAreComplete() {
        let asciiStrings = Dictionary(uniqueKeysWithValues: (0..<128).map { (String(Character(Unicode.Scalar($0)!)), $0) })
        var found: [Unicode.Scalar: Unicode.Scalar] = [:]
        for value in 0x80...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let string = String(Character(scalar))
            if let ascii = asciiStrings[string] { found[scalar] = Unicode.Scalar(ascii)! }
            let decomposed = string.decomposedStringWithCanonicalMapping
            if decomposed.unicodeScalars.allSatisfy(\.isASCII) {
                XCTAssertNotNil(PostIDTable.asciiEquivalents[scalar], "U+\(String(value, radix: 16)) decomposes to \(decomposed)")
            }
        }
        XCTAssertEqual(found, PostIDTable.asciiEquivalents)
    }
}
