import Foundation

/// `lightboard new quarter 2024-Q4` / `new month 2019-06`: the folder of a new
/// period, with its settings filled in and the CSV files holding only their headers.
public struct NewPeriod: Sendable {
    public enum Kind: String, Sendable {
        case quarter, month
    }

    public let kind: Kind
    /// `2024-Q4` or `2019-06`, the folder's name.
    public let id: String
    public let firstDay: Day
    public let lastDay: Day

    /// Replies are counted two weeks after the period ends, and the ratings published a week later:
    /// the sample's quarters take longer, and the comments in the file say to change them.
    public var asOf: Day { lastDay.adding(days: 14) }
    public var published: Day { asOf.adding(days: 7) }

    /// `quarters/2024-Q4` or `months/2019-06`, relative to the content folder.
    public var folder: String { "\(kind.rawValue)s/\(id)" }

    public static let postsHeader = "id,channel,department,category,posted_at,accepted_at,replied_at,public,title,url\n"
    public static let adjustmentsHeader = "department,date,kind,points,reason,source\n"

    /// Checks the period id; the error says how to write it.
    public init(kind: Kind, id: String) throws(NewPeriodError) {
        self.kind = kind
        self.id = id
        switch kind {
        case .quarter:
            guard let quarter = PeriodID(folderName: id, kind: .quarter) else { throw Self.badQuarter(id) }
            (firstDay, lastDay) = (quarter.firstDay, quarter.lastDay)
        case .month:
            let parts = id.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
                  let year = Int(parts[0]), let month = Int(parts[1]),
                  let first = Day(year: year, month: month, day: 1)
            else { throw Self.badMonth(id) }
            (firstDay, lastDay) = (first, Day(year: year, month: month, day: Day.daysInMonth(year: year, month: month))!)
        }
    }

    /// The files of the new folder, by name, in the order they are written.
    public var files: [(name: String, text: String)] {
        [("\(kind.rawValue).yml", settings), ("posts.csv", Self.postsHeader), ("adjustments.csv", Self.adjustmentsHeader)]
    }

    /// Creates the folder and its files under `contentDirectory`; refuses if the folder is there already.
    /// Returns a note for each calendar file the period needs and does not have.
    public func create(inContentDirectory contentDirectory: String) throws(NewPeriodError) -> [String] {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: contentDirectory, isDirectory: &isFolder), isFolder.boolValue else {
            throw NewPeriodError(subject: contentDirectory, message: "no such content folder",
                                 hint: "run it in the project folder, or name the folder with --content DIR")
        }
        let target = contentDirectory + "/" + folder
        guard !fileManager.fileExists(atPath: target) else {
            throw NewPeriodError(subject: target, message: "the \(kind.rawValue) exists already; nothing was written",
                                 hint: "edit its files, or remove the folder to start again")
        }
        do {
            try fileManager.createDirectory(atPath: target, withIntermediateDirectories: true)
            for file in files {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: target + "/" + file.name), options: .withoutOverwriting)
            }
        } catch {
            throw NewPeriodError(subject: target, message: "could not be written (\(SystemError.reason(error)))", hint: nil)
        }
        return missingCalendars(inContentDirectory: contentDirectory)
    }

    /// Working days are counted up to as_of, which may fall into the next year.
    func missingCalendars(inContentDirectory contentDirectory: String) -> [String] {
        Array(Set([lastDay.year, asOf.year])).sorted().compactMap { year in
            let path = "\(contentDirectory)/calendar/\(year).yml"
            guard !FileManager.default.fileExists(atPath: path) else { return nil }
            let reason = year == lastDay.year ? "the \(kind.rawValue)'s working days" : "as_of \(asOf) and the replies up to it"
            return "note: \(path) is missing: \(reason) need the \(year) holidays and weekend workdays "
                + "(holidays: [...], workdays: [...]) before the site can be built"
        }
    }

    private var settings: String {
        """
        # \(id): \(firstDay) to \(lastDay).
        # as_of: every post's status is taken as of the end of this day (not before \(lastDay)).
        #   Set it to the day the replies were counted; replies after it count as missing.
        as_of: \(asOf)
        # published: the publication date shown on the pages and in the feeds. Set it to the day you publish.
        published: \(published)
        # corrections: optional, shown on the \(kind.rawValue)'s pages, newest first. For example:
        #   corrections:
        #     - {date: \(published.adding(days: 7)), text: {zh: ..., en: ...}}

        """
    }

    private static func badQuarter(_ id: String) -> NewPeriodError {
        let parts = id.uppercased().split(separator: "-Q")
        let hint = if let upper = PeriodID(folderName: id.uppercased(), kind: .quarter) {
            "write the Q in upper case: \(upper)"
        } else if parts.count == 2, parts[0].count == 4, Int(parts[1]).map({ !(1...4).contains($0) }) == true {
            "a year has quarters Q1 to Q4, e.g. \(parts[0])-Q4"
        } else {
            "write the year, -Q and the quarter's number, e.g. 2024-Q4"
        }
        return NewPeriodError(subject: "quarter \"\(id)\"", message: "not a quarter id", hint: hint)
    }

    private static func badMonth(_ id: String) -> NewPeriodError {
        let parts = id.split(separator: "-")
        let hint: String
        if parts.count == 2, parts[0].count == 4, let month = Int(parts[1]), (1...12).contains(month) {
            hint = "write the month with two digits: \(parts[0])-\(String(zeroPadded: month, width: 2))"
        } else {
            hint = "write the year and the month's two digits (01 to 12), e.g. 2019-06"
        }
        return NewPeriodError(subject: "month \"\(id)\"", message: "not a month id", hint: hint)
    }
}

/// Why `lightboard new` wrote nothing: `SUBJECT: error: MESSAGE` and a hint.
public struct NewPeriodError: Error, CustomStringConvertible, Sendable {
    public var subject: String
    public var message: String
    public var hint: String?

    public var description: String {
        "\(subject): error: \(message)" + (hint.map { "\n    hint: \($0)" } ?? "")
    }
}
