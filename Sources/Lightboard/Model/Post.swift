/// A moment in time from posts.csv, with the calendar date it falls on in the
/// site time zone (what the working-day rules use).
public struct Timestamp: Hashable, Comparable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var instant: Int64
    /// Date in the site time zone.
    public var localDay: Day

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.instant < rhs.instant }
}

/// A validated row of posts.csv. Channel, department and category are indices
/// into site.yml's channels, the registry and site.yml's categories. The id,
/// title and url come separately, as `PostText`.
public struct Post: Sendable {
    public var channel: Int
    public var department: Int
    public var category: Int
    public var postedAt: Timestamp
    public var acceptedAt: Timestamp?
    public var repliedAt: Timestamp?
    /// `settled_at` (contract §7); nil when empty or when posts.csv has no such column.
    public var settledAt: Timestamp? = nil
    /// The star ratings of the satisfaction dimensions (contract §8), in site.yml order.
    public var ratings = Ratings()
    public var isPublic: Bool
    public var line: Int
}

/// Up to eight star ratings of 1 to 5, four bits each (0 = not rated): a post stays a few words.
public struct Ratings: Hashable, Sendable {
    private var packed: UInt32 = 0

    public init() {}

    /// The stars (1...5) given for the dimension at `index`, or nil when not rated.
    public subscript(index: Int) -> Int? {
        get {
            let stars = Int((packed >> (UInt32(index) * 4)) & 0xF)
            return stars == 0 ? nil : stars
        }
        set {
            let shift = UInt32(index) * 4
            packed = (packed & ~(0xF << shift)) | (UInt32(newValue ?? 0) << shift)
        }
    }

    /// Whether any dimension is rated.
    public var isEmpty: Bool { packed == 0 }
}

/// The id, title and url of a post. Only red posts keep them (`RedPost`), so
/// `PostsValidator` hands over the bytes of posts.csv and the Strings are made on
/// demand (making three Strings for every row was ~15% of the posts.csv pass,
/// callgrind). Text read from a file is valid only during the call that passes
/// it, like `CSVRow`: keep its Strings, never the `PostText`.
public struct PostText {
    private enum Storage {
        case strings(id: String, title: String, url: String?)
        /// UTF-8 bytes, already validated; an empty url is no url.
        case bytes(id: UnsafeBufferPointer<UInt8>, title: UnsafeBufferPointer<UInt8>, url: UnsafeBufferPointer<UInt8>)
    }

    private let storage: Storage

    public init(id: String, title: String, url: String?) { storage = .strings(id: id, title: title, url: url) }

    init(validatedID id: UnsafeBufferPointer<UInt8>, title: UnsafeBufferPointer<UInt8>, url: UnsafeBufferPointer<UInt8>) {
        storage = .bytes(id: id, title: title, url: url)
    }

    public var id: String {
        switch storage {
        case let .strings(id, _, _): id
        case let .bytes(id, _, _): String(decoding: id, as: UTF8.self)
        }
    }

    public var title: String {
        switch storage {
        case let .strings(_, title, _): title
        case let .bytes(_, title, _): String(decoding: title, as: UTF8.self)
        }
    }

    public var url: String? {
        switch storage {
        case let .strings(_, _, url): url
        case let .bytes(_, _, url): url.isEmpty ? nil : String(decoding: url, as: UTF8.self)
        }
    }
}
