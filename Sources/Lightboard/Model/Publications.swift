/// An official and their portfolio, in an e-reading month.
public struct Official: Hashable, Sendable {
    public var name: LocalizedText
    public var role: LocalizedText
}

/// e-reading/YYYY-MM.md: the monthly "Mayor's Work E-Reading".
public struct EReadingMonth: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var title: LocalizedText
    public var officials: [Official]
    public var hits: Int?
    public var opinions: Int?
    public var handledWithinDays: Int?
    /// Feedback channels in file order, e.g. [("email", "..."), ("phone", "...")].
    public var feedback: [FeedbackChannel]
    public var body: LocalizedMarkdown

    /// `2024-07`.
    public var slug: String { "\(String(zeroPadded: year, width: 4))-\(String(zeroPadded: month, width: 2))" }
}

public struct FeedbackChannel: Hashable, Sendable {
    public var kind: String
    public var value: String
}

/// pages/SLUG.md: a free page such as "about".
public struct FreePage: Hashable, Sendable {
    public var slug: String
    public var title: LocalizedText?
    public var body: LocalizedMarkdown
}

/// The whole validated content folder (posts excepted: they are streamed).
public struct SiteContent: Sendable {
    public var contentDirectory: String
    public var config: SiteConfig
    public var registry: DepartmentRegistry
    public var calendar: WorkingCalendar
    /// The quarters oldest first, then the months oldest first.
    public var periods: [PeriodContent]
    /// Oldest first.
    public var eReading: [EReadingMonth]
    /// Sorted by slug.
    public var pages: [FreePage]
}
