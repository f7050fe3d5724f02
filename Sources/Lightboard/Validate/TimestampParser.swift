import Foundation

/// Parses posts.csv timestamps: `YYYY-MM-DDTHH:MM[:SS]` in the site time zone,
/// or followed by `Z` or `±HH:MM`.
///
/// Asking Foundation for a time zone offset is slow next to the rest of a row,
/// so offsets are cached per 15-minute UTC bucket (every real-world transition
/// falls on a quarter hour). The cache is direct-mapped rather than a
/// dictionary, whose hashing cost more than the rest of the parse (callgrind):
/// its 2^14 slots cover 170 days of buckets, a quarter's posts and replies.
struct TimestampParser {
    let timeZone: TimeZone
    private var offsetCache = [CachedOffset](repeating: CachedOffset(bucket: .min, offset: 0), count: 1 << 14)
    private static let bucketSeconds: Int64 = 900
    /// Recently seen months, direct-mapped: `Day(year:month:day:)` divides
    /// several times (~130 instructions, a sixth of a row's validation), and a
    /// quarter's timestamps fall in a handful of months.
    private var monthCache = [CachedMonth](repeating: CachedMonth(key: -1, firstDay: 0, length: 0), count: 64)

    /// A slot of the offset cache; `bucket` is `.min` while the slot is empty.
    private struct CachedOffset {
        var bucket: Int64
        var offset: Int64
    }

    /// A slot of the month cache; `key` (year × 12 + month − 1) is -1 while the slot is empty.
    private struct CachedMonth {
        var key: Int
        var firstDay: Int
        var length: Int
    }

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    /// Parses the UTF-8 bytes of a timestamp.
    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        guard bytes.count >= 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              let year = Self.number(bytes, 0, 4), let month = Self.number(bytes, 5, 2), let dayOfMonth = Self.number(bytes, 8, 2),
              let hour = Self.number(bytes, 11, 2), let minute = Self.number(bytes, 14, 2), hour < 24, minute < 60,
              let day = day(year: year, month: month, day: dayOfMonth)
        else { return nil }
        var index = 16
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard let value = Self.number(bytes, 17, 2), value < 60 else { return nil }
            second = value
            index = 19
        }
        let wallClock = Int64(day.ordinal) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        let instant: Int64
        switch bytes.count - index {
        case 0:
            // Wall-clock time in the site zone: the offset at the guessed instant settles it.
            let guessed = offset(at: wallClock)
            let settled = offset(at: wallClock - guessed)
            // Away from a transition both agree, and the local date is the one written.
            if settled == guessed { return Timestamp(instant: wallClock - settled, localDay: day) }
            instant = wallClock - settled
        case 1 where bytes[index] == UInt8(ascii: "Z"):
            instant = wallClock
        case 6 where bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"):
            guard bytes[index + 3] == UInt8(ascii: ":"), let hours = Self.number(bytes, index + 1, 2),
                  let minutes = Self.number(bytes, index + 4, 2), hours < 24, minutes < 60 else { return nil }
            let offset = Int64(hours * 3600 + minutes * 60)
            instant = bytes[index] == UInt8(ascii: "+") ? wallClock - offset : wallClock + offset
        default:
            return nil
        }
        return timestamp(instant: instant)
    }

    /// The instant with its date in the site time zone.
    mutating func timestamp(instant: Int64) -> Timestamp {
        let local = instant + offset(at: instant)
        let ordinal = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return Timestamp(instant: instant, localDay: Day(ordinal: Int(ordinal)))
    }

    /// The valid date, as `Day(year:month:day:)`.
    private mutating func day(year: Int, month: Int, day: Int) -> Day? {
        guard (1...12).contains(month) else { return nil }
        let key = year * 12 + month - 1  // year has four digits
        let slot = key & (monthCache.count - 1)
        if monthCache[slot].key != key {
            guard let first = Day(year: year, month: month, day: 1) else { return nil }
            monthCache[slot] = CachedMonth(key: key, firstDay: first.ordinal, length: Day.daysInMonth(year: year, month: month))
        }
        guard day >= 1, day <= monthCache[slot].length else { return nil }
        return Day(ordinal: monthCache[slot].firstDay + day - 1)
    }

    /// Seconds east of UTC in the site zone at `instant`.
    private mutating func offset(at instant: Int64) -> Int64 {
        let bucket = instant >= 0 ? instant / Self.bucketSeconds : (instant - Self.bucketSeconds + 1) / Self.bucketSeconds
        let slot = Int(truncatingIfNeeded: bucket) & (offsetCache.count - 1)
        if offsetCache[slot].bucket == bucket { return offsetCache[slot].offset }
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(bucket * Self.bucketSeconds))))
        offsetCache[slot] = CachedOffset(bucket: bucket, offset: offset)
        return offset
    }

    @inline(__always)
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for index in start..<(start + length) {
            let digit = bytes[index] &- 48
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
