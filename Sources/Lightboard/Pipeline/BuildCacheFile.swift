import Foundation

/// The build cache on disk: a header line naming the format, then every value
/// in a fixed order, integers as 8 little-endian bytes, strings as their UTF-8
/// byte count and bytes, lists as their count and elements.
///
/// Not JSON: `JSONDecoder` took 0.8 s to read the large content's cache (4,000
/// output stamps and 40 quarters' counts with their red posts) and
/// `JSONEncoder` 2% of a medium build to write it; this is a walk over the bytes.
/// A file that does not read to its exact end is not used (a full build follows).
extension BuildCache {
    private static let header = Array("lightboard build cache \(currentFormat)\n".utf8)

    var fileBytes: [UInt8] {
        var file = CacheFileWriter(bytes: Self.header)
        file.dictionary(inputs.groups)
        file.dictionary(outputs)
        file.int(summary.quarters)
        file.int(summary.posts)
        file.int(quarters.count)
        for (folder, quarter) in quarters {
            file.string(folder)
            file.string(quarter.inputs)
            file.counts(quarter.counts)
        }
        return file.bytes
    }

    /// Nil when `fileBytes` is of another format or damaged.
    init?(fileBytes: Data) {
        guard fileBytes.starts(with: Self.header), let cache = fileBytes.withUnsafeBytes({ bytes in
            var file = CacheFileReader(bytes: bytes.assumingMemoryBound(to: UInt8.self), offset: Self.header.count)
            return try? file.cache()
        }) else { return nil }
        self = cache
    }
}

struct CacheFileWriter {
    var bytes: [UInt8]

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes += value.utf8
    }

    mutating func list<Element>(_ elements: [Element], _ write: (inout Self, Element) -> Void) {
        int(elements.count)
        for element in elements { write(&self, element) }
    }

    mutating func dictionary(_ dictionary: [String: String]) {
        int(dictionary.count)
        for (key, value) in dictionary {
            string(key)
            string(value)
        }
    }

    mutating func counts(_ counts: PeriodAccumulator.Counts) {
        list(counts.channelTallies) { $0.tally($1) }
        list(counts.publicPosts) { $0.int($1) }
        tally(counts.assessed)
        list(counts.categoryPosts) { $0.int($1) }
        list(counts.departmentTallies) { $0.tally($1) }
        list(counts.redPosts) { file, post in
            file.string(post.id)
            file.string(post.department)
            file.int(post.isPublic ? 1 : 0)
            file.string(post.title)
            file.int(post.url == nil ? 0 : 1)
            file.string(post.url ?? "")
            file.int(Int(post.postedAt.instant))
            file.int(post.postedAt.localDay.ordinal)
            file.int(post.workingDaysWaiting)
        }
        list(counts.rankingTallies) { file, tallies in file.list(tallies) { $0.tally($1) } }
        list(counts.dimensionStars) { $0.int($1) }
        int(counts.columns.hasSettledAt ? 1 : 0)
        int(counts.columns.hasRatings ? 1 : 0)
    }

    mutating func tally(_ tally: Tally) {
        for value in [tally.posts, tally.accepted, tally.replied,
                      tally.lights.green, tally.lights.yellow, tally.lights.gray, tally.lights.red,
                      tally.settled, tally.rated, tally.satisfied] {
            int(value)
        }
        list(tally.settledWithin) { $0.int($1) }
    }
}

/// Reads what `CacheFileWriter` wrote, in the same order; throws `Damaged` on
/// anything that cannot be there (a count past the end, a flag neither 0 nor 1).
struct CacheFileReader {
    struct Damaged: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int

    private var isAtEnd: Bool { offset == bytes.count }

    /// The whole cache, which must end the file.
    mutating func cache() throws -> BuildCache {
        let inputs = try BuildInputs(groups: dictionary())
        let outputs = try dictionary()
        let summary = try BuildCache.Summary(quarters: int(), posts: int())
        let quarters = try list { file in
            try (file.string(), BuildCache.CachedQuarter(inputs: file.string(), counts: file.counts()))
        }
        guard isAtEnd else { throw Damaged() }
        return BuildCache(inputs: inputs, outputs: outputs, summary: summary,
                          quarters: Dictionary(quarters, uniquingKeysWith: { first, _ in first }))
    }

    mutating func int() throws -> Int {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        defer { offset += 8 }
        return Int(Int64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: Int64.self)))
    }

    /// A count of things each at least one byte long, so never more than the bytes left.
    private mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        return count
    }

    mutating func bool() throws -> Bool {
        switch try int() {
        case 0: false
        case 1: true
        default: throw Damaged()
        }
    }

    mutating func string() throws -> String {
        let count = try count()
        defer { offset += count }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    }

    mutating func list<Element>(_ read: (inout Self) throws -> Element) throws -> [Element] {
        let count = try count()
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try read(&self)) }
        return elements
    }

    mutating func dictionary() throws -> [String: String] {
        try Dictionary(list { file in try (file.string(), file.string()) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func counts() throws -> PeriodAccumulator.Counts {
        try PeriodAccumulator.Counts(
            channelTallies: list { try $0.tally() }, publicPosts: list { try $0.int() }, assessed: tally(),
            categoryPosts: list { try $0.int() }, departmentTallies: list { try $0.tally() },
            redPosts: list { file in
                let (id, department, isPublic, title) = try (file.string(), file.string(), file.bool(), file.string())
                let (hasURL, url) = try (file.bool(), file.string())
                return try RedPost(id: id, department: department, isPublic: isPublic, title: title, url: hasURL ? url : nil,
                                   postedAt: Timestamp(instant: Int64(file.int()), localDay: Day(ordinal: file.int())),
                                   workingDaysWaiting: file.int())
            },
            rankingTallies: list { file in try file.list { try $0.tally() } }, dimensionStars: list { try $0.int() },
            columns: PostsColumns(hasSettledAt: bool(), hasRatings: bool()))
    }

    mutating func tally() throws -> Tally {
        try Tally(posts: int(), accepted: int(), replied: int(),
                  lights: LightCounts(green: int(), yellow: int(), gray: int(), red: int()),
                  settled: int(), rated: int(), satisfied: int(), settledWithin: list { try $0.int() })
    }
}
