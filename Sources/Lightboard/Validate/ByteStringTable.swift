#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of byte strings with an `Int` for each, looked up by the bytes of a
/// CSV field: no `String` is made and no SipHash is run per row (making the
/// String and hashing it for a `Dictionary` was ~10% of the posts.csv pass,
/// callgrind). Open addressing with linear probing; the keys are copied into
/// one arena. Keys are compared byte for byte, so callers must only use it
/// where byte equality is the right equality (see `PostIDTable`).
struct ByteStringTable {
    /// 24 bytes: a quarter's ids need a few hundred thousand slots.
    private struct Slot {
        /// Offset of the key in `arena`; -1 while the slot is empty.
        var offset = -1
        var length: UInt32 = 0
        /// The hash's upper half (the lower bits choose the slot).
        var check: UInt32 = 0
        var value = 0
    }

    private var slots: [Slot]
    private var arena: [UInt8] = []
    private(set) var count = 0
    /// Per table, so that crafted keys cannot be made to collide in advance.
    private let seed = UInt64.random(in: .min ... .max)

    /// Room for `capacity` keys before the table grows.
    init(capacity: Int = 0) {
        var size = 16
        while !Self.hasRoom(for: capacity, in: size) { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
    }

    /// At most two thirds full, so that linear probing stays short.
    private static func hasRoom(for count: Int, in size: Int) -> Bool { 3 * count <= 2 * size }

    /// The value of `key`, or nil.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = hash(key)
        let slot = find(key, hash: hash)
        return slots[slot].offset < 0 ? nil : slots[slot].value
    }

    /// Adds `key` with `value` and returns nil, or returns the value `key` already
    /// has (and leaves it).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int) -> Int? {
        let hash = hash(key)
        var slot = find(key, hash: hash)
        if slots[slot].offset >= 0 { return slots[slot].value }
        if !Self.hasRoom(for: count + 1, in: slots.count) {
            grow()
            slot = find(key, hash: hash)
        }
        slots[slot] = Slot(offset: arena.count, length: UInt32(key.count), check: UInt32(truncatingIfNeeded: hash >> 32), value: value)
        arena.append(contentsOf: key)
        count += 1
        return nil
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        let check = UInt32(truncatingIfNeeded: hash >> 32)
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let slot = slots[index]
                    if slot.offset < 0 { return index }
                    if slot.check == check, Int(slot.length) == key.count,
                       key.isEmpty || memcmp(arena.baseAddress! + slot.offset, key.baseAddress!, key.count) == 0 {
                        return index
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        arena.withUnsafeBufferPointer { arena in
            for slot in old where slot.offset >= 0 {
                let key = UnsafeBufferPointer(rebasing: arena[slot.offset..<(slot.offset + Int(slot.length))])
                var index = Int(truncatingIfNeeded: hash(key)) & mask
                while slots[index].offset >= 0 { index = (index + 1) & mask }
                slots[index] = slot
            }
        }
    }

    /// Eight bytes per step, multiply and xor-shift (the mixing of wyhash and
    /// splitmix64): ids are short, so this costs tens of instructions a key.
    private func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed ^ UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        let raw = UnsafeRawBufferPointer(key)
        while index + 8 <= key.count {
            hash = Self.mix(hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        if index < key.count {
            var tail: UInt64 = 0
            for byte in key[index...].reversed() { tail = tail << 8 | UInt64(byte) }
            hash = Self.mix(hash ^ tail)
        }
        return Self.mix(hash)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// The duplicate-id check of posts.csv. Ids are equal when their Strings are
/// (canonical equivalence), as in the `[String: Int]` this replaces, but only
/// ids with non-ASCII bytes, which are rare, become Strings: an ASCII id is
/// equivalent only to itself and to the same id written with one of three
/// characters that Unicode maps to an ASCII one (`asciiEquivalents`).
struct PostIDTable {
    /// Built when the ids stop coming in order (`InOrderIDs`).
    private var asciiIDs: ByteStringTable?
    private let capacity: Int
    /// Ids with non-ASCII characters that have no ASCII equivalent.
    private var otherIDs: [String: Int] = [:]
    private var inOrder: InOrderIDs? = InOrderIDs()

    /// The characters canonically equivalent to an ASCII character (checked
    /// against the standard library by `ByteStringTableTests`).
    static let asciiEquivalents: [Unicode.Scalar: Unicode.Scalar] = ["\u{037E}": ";", "\u{1FEF}": "`", "\u{212A}": "K"]

    init(capacity: Int) { self.capacity = capacity }

    /// Adds `id`, first seen on `line`, and returns nil; or returns the line
    /// where an equal id was first seen.
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, line: Int) -> Int? {
        let isASCII = id.allSatisfy { $0 < 0x80 }
        if inOrder != nil {
            if isASCII, inOrder!.append(id, line: line) { return nil }
            asciiIDs = inOrder!.table(capacity: capacity)
            inOrder = nil
        }
        if isASCII { return asciiIDs!.insert(id, value: line) }
        let string = String(decoding: id, as: UTF8.self)
        if var ascii = Self.asciiForm(of: string) { return ascii.withUTF8 { asciiIDs!.insert($0, value: line) } }
        if let firstLine = otherIDs[string] { return firstLine }
        otherIDs[string] = line
        return nil
    }

    /// The ASCII string canonically equivalent to `string`, if there is one.
    private static func asciiForm(of string: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            guard let ascii = scalar.isASCII ? scalar : asciiEquivalents[scalar] else { return nil }
            scalars.append(ascii)
        }
        return String(scalars)
    }
}

/// posts.csv is usually exported in id order (the sample's quarters are). While
/// every id is ASCII and sorts after the one before (bytewise, so as Strings),
/// none can equal an earlier one: the ids are only kept, in file order, and go
/// into a hash table when the order first breaks. A large quarter's table is
/// megabytes of random accesses, one cache miss an id (7% of the large build).
private struct InOrderIDs {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var lines: [Int] = []

    /// Keeps `id` and returns true if it sorts after the last one kept.
    mutating func append(_ id: UnsafeBufferPointer<UInt8>, line: Int) -> Bool {
        if let lastEnd = ends.last {
            let lastStart = ends.count > 1 ? ends[ends.count - 2] : 0
            let isAfter = bytes.withUnsafeBufferPointer { bytes in
                UnsafeBufferPointer(rebasing: bytes[lastStart..<lastEnd]).lexicographicallyPrecedes(id)
            }
            guard isAfter else { return false }
        }
        bytes += id
        ends.append(bytes.count)
        lines.append(line)
        return true
    }

    /// The ids kept so far (all different), in a table with room for `capacity`.
    func table(capacity: Int) -> ByteStringTable {
        var table = ByteStringTable(capacity: max(capacity, ends.count))
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (end, line) in zip(ends, lines) {
                _ = table.insert(UnsafeBufferPointer(rebasing: bytes[start..<end]), value: line)
                start = end
            }
        }
        return table
    }
}
