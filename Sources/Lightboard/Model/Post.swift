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
/// into site.yml's channels, the registry and site.yml's categories.
public struct Post: Sendable {
    public var id: String
    public var channel: Int
    public var department: Int
    public var category: Int
    public var postedAt: Timestamp
    public var acceptedAt: Timestamp?
    public var repliedAt: Timestamp?
    public var isPublic: Bool
    public var title: String
    public var url: String?
    public var line: Int
}
