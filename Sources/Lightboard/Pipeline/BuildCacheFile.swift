import Foundation

/// The build cache on disk: a header line naming the format, then the
/// `CacheRecord`s of `BuildCache` in a fixed order, integers as 8 little-endian
/// bytes, strings as their UTF-8 byte count and bytes, lists as their count
/// and elements, an optional as a flag and its value.
///
/// Not JSON: `JSONDecoder` took 0.8 s to read the large content's cache (4,000
/// output stamps and 40 quarters' counts with their red posts) and
/// `JSONEncoder` 2% of a medium build to write it; this is a walk over the bytes.
/// A file that does not read to its exact end is not used (a full build follows).
extension BuildCache {
    private static let header = Array("lightboard build cache \(currentFormat)\n".utf8)

    var fileBytes: [UInt8] {
        var file = CacheFileWriter(bytes: Self.header)
        file.write(self)
        return file.bytes
    }

    /// Nil when `fileBytes` is of another format or damaged.
    init?(fileBytes: Data) {
        guard fileBytes.starts(with: Self.header), let cache = fileBytes.withUnsafeBytes({ bytes in
            var file = CacheFileReader(bytes: bytes.assumingMemoryBound(to: UInt8.self), offset: Self.header.count)
            return try? file.readToEnd(BuildCache.self)
        }) else { return nil }
        self = cache
    }
}

/// A value of the build cache file, with its two directions side by side: what
/// `write(to:)` writes, `init(from:)` reads back in the same order.
protocol CacheRecord {
    init(from file: inout CacheFileReader) throws
    func write(to file: inout CacheFileWriter)
}

struct CacheFileWriter {
    var bytes: [UInt8]

    mutating func write(_ record: some CacheRecord) { record.write(to: &self) }
}

/// Reads what `CacheFileWriter` wrote; throws `Damaged` on anything that cannot
/// be there (a count past the end, a flag neither 0 nor 1).
struct CacheFileReader {
    struct Damaged: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int

    mutating func read<Record: CacheRecord>(_: Record.Type = Record.self) throws -> Record { try Record(from: &self) }

    /// `Record`, which must end the file.
    mutating func readToEnd<Record: CacheRecord>(_: Record.Type) throws -> Record {
        let record = try read(Record.self)
        guard offset == bytes.count else { throw Damaged() }
        return record
    }

    /// A count of things each at least one byte long, so never more than the bytes left.
    mutating func count() throws -> Int {
        let count = try read(Int.self)
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        return count
    }
}

// MARK: - The building blocks

extension Int: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        guard file.bytes.count - file.offset >= 8 else { throw CacheFileReader.Damaged() }
        self = Int(Int64(littleEndian: UnsafeRawBufferPointer(file.bytes).loadUnaligned(fromByteOffset: file.offset, as: Int64.self)))
        file.offset += 8
    }

    func write(to file: inout CacheFileWriter) {
        withUnsafeBytes(of: Int64(self).littleEndian) { file.bytes += $0 }
    }
}

extension Bool: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        switch try file.read(Int.self) {
        case 0: self = false
        case 1: self = true
        default: throw CacheFileReader.Damaged()
        }
    }

    func write(to file: inout CacheFileWriter) { file.write(self ? 1 : 0) }
}

extension String: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        let count = try file.count()
        self = String(decoding: UnsafeBufferPointer(rebasing: file.bytes[file.offset..<file.offset + count]), as: UTF8.self)
        file.offset += count
    }

    func write(to file: inout CacheFileWriter) {
        file.write(utf8.count)
        file.bytes += utf8
    }
}

extension Optional: CacheRecord where Wrapped: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        self = try file.read(Bool.self) ? .some(file.read()) : .none
    }

    func write(to file: inout CacheFileWriter) {
        file.write(self != nil)
        if let self { file.write(self) }
    }
}

extension Array: CacheRecord where Element: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        let count = try file.count()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try file.read()) }
    }

    func write(to file: inout CacheFileWriter) {
        file.write(count)
        for element in self { file.write(element) }
    }
}

/// Entries in the dictionary's order; a key read twice keeps its first value.
extension Dictionary: CacheRecord where Key: CacheRecord, Value: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        let count = try file.count()
        self = [:]
        reserveCapacity(count)
        for _ in 0..<count {
            let (key, value) = try (file.read(Key.self), file.read(Value.self))
            if self[key] == nil { self[key] = value }
        }
    }

    func write(to file: inout CacheFileWriter) {
        file.write(count)
        for (key, value) in self {
            file.write(key)
            file.write(value)
        }
    }
}

// MARK: - The counts of a period (their types live in Compute, which knows nothing of the cache)

extension PeriodAccumulator.Counts: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(channelTallies: file.read(), publicPosts: file.read(), assessed: file.read(),
                      categoryPosts: file.read(), departmentTallies: file.read(), redPosts: file.read(),
                      rankingTallies: file.read(), dimensionStars: file.read(), columns: file.read())
    }

    func write(to file: inout CacheFileWriter) {
        file.write(channelTallies)
        file.write(publicPosts)
        file.write(assessed)
        file.write(categoryPosts)
        file.write(departmentTallies)
        file.write(redPosts)
        file.write(rankingTallies)
        file.write(dimensionStars)
        file.write(columns)
    }
}

extension PostsColumns: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(hasSettledAt: file.read(), hasRatings: file.read())
    }

    func write(to file: inout CacheFileWriter) {
        file.write(hasSettledAt)
        file.write(hasRatings)
    }
}

extension Tally: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(posts: file.read(), accepted: file.read(), replied: file.read(), lights: file.read(),
                      settled: file.read(), rated: file.read(), satisfied: file.read(), settledWithin: file.read())
    }

    func write(to file: inout CacheFileWriter) {
        file.write(posts)
        file.write(accepted)
        file.write(replied)
        file.write(lights)
        file.write(settled)
        file.write(rated)
        file.write(satisfied)
        file.write(settledWithin)
    }
}

extension LightCounts: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(green: file.read(), yellow: file.read(), gray: file.read(), red: file.read())
    }

    func write(to file: inout CacheFileWriter) {
        file.write(green)
        file.write(yellow)
        file.write(gray)
        file.write(red)
    }
}

extension RedPost: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(id: file.read(), department: file.read(), isPublic: file.read(), title: file.read(), url: file.read(),
                      postedAt: file.read(), workingDaysWaiting: file.read())
    }

    func write(to file: inout CacheFileWriter) {
        file.write(id)
        file.write(department)
        file.write(isPublic)
        file.write(title)
        file.write(url)
        file.write(postedAt)
        file.write(workingDaysWaiting)
    }
}

extension Timestamp: CacheRecord {
    init(from file: inout CacheFileReader) throws {
        try self.init(instant: Int64(file.read(Int.self)), localDay: Day(ordinal: file.read()))
    }

    func write(to file: inout CacheFileWriter) {
        file.write(Int(instant))
        file.write(localDay.ordinal)
    }
}
