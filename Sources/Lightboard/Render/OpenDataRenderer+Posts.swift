import Foundation

/// `data/SLUG/posts.csv` (`open_data: {posts: true}` in site.yml): one row per post of the
/// period, desensitised — what a reader needs to recompute every figure, nothing else about
/// the citizen. A national board has millions of posts, so the file is never held in memory:
/// it is a `StreamedFile` that replays the period's posts from the `PostStream` the pipeline
/// hands it when it is written (docs/archiving.md §4 says why re-reading rather than writing
/// during compute).
extension OpenDataRenderer {
    /// The posts.csv files of the periods `include` accepts (the others the build cache keeps),
    /// each period's posts from `posts`.
    static func postsFiles(_ site: ComputedSite, posts: (PeriodContent) -> PostStream,
                           including include: (PeriodID) -> Bool = { _ in true }) -> [StreamedFile] {
        guard site.content.config.openData.posts else { return [] }
        let contents = Dictionary(uniqueKeysWithValues: site.content.periods.map { ($0.info.id, $0) })
        return site.periods.filter { include($0.id) }.compactMap { period in
            guard let content = contents[period.id] else { return nil }
            let columns = postColumns(for: period, config: site.content.config)
            let site = site.content, stream = posts(content)
            return StreamedFile(path: postsPath(period.id)) { sink in
                try writePosts(stream, of: content, columns: columns, site: site, to: sink)
            }
        }
    }

    static func postsPath(_ id: PeriodID) -> String { "data/\(id.slug)/posts.csv" }

    /// posts.csv and posts.xlsx.
    static func postsPaths(_ id: PeriodID) -> [String] { [postsPath(id), "data/\(id.slug)/posts.xlsx"] }

    /// The posts.xlsx of each staged posts.csv, made from it.
    static func postsWorkbooks(_ site: ComputedSite, from staged: [StagedFile]) -> [StreamedFile] {
        staged.compactMap { file in
            guard let period = site.periods.first(where: { postsPath($0.id) == file.path }) else { return nil }
            let types = postColumns(for: period, config: site.content.config).map { XLSXSheet.CellType(fieldType: $0.type) }
            return XLSXWorkbook.streamed(path: postsPaths(period.id)[1], csvFile: file.temporary, types: types, sheetName: "posts")
        }
    }

    /// A column of posts.csv: its Table Schema field and how a row's cell is made.
    struct PostColumn: Sendable {
        var name: String
        var type: String
        var description: String
        var constraints = FieldConstraints()
        var value: @Sendable (PostRow) -> String
    }

    /// What a cell of posts.csv is made from.
    struct PostRow {
        var post: Post
        var text: PostText
        var status: PostStatus
        var rules: RatingRules
        var site: SiteContent
        var formatter: TimestampFormatter
    }

    /// The columns of a period's posts.csv: settlement's when its posts.csv has `settled_at`,
    /// a rating column per dimension when site.yml has `satisfaction`.
    static func postColumns(for period: PeriodResult, config: SiteConfig) -> [PostColumn] {
        func timestamp(_ name: String, _ description: String, required: Bool = false,
                       _ value: @escaping @Sendable (Post) -> Timestamp?) -> PostColumn {
            PostColumn(name: name, type: "datetime", description: description + ", in the site time zone, as in the input",
                       constraints: FieldConstraints(required: required)) { row in
                value(row.post).map(row.formatter.text) ?? ""
            }
        }
        func ids(_ items: [NamedItem]) -> FieldConstraints { FieldConstraints(required: true, values: items.map(\.id)) }
        var columns = [
            PostColumn(name: "id", type: "string", description: "Post id on the message board",
                       constraints: FieldConstraints(required: true, unique: true)) { $0.text.id },
            PostColumn(name: "channel", type: "string", description: "Channel id from site.yml",
                       constraints: ids(config.channels)) { $0.site.config.channels[$0.post.channel].id },
            PostColumn(name: "department", type: "string", description: "Department id from departments.csv",
                       constraints: FieldConstraints(required: true)) { $0.site.registry.departments[$0.post.department].id },
            PostColumn(name: "category", type: "string", description: "Category id from site.yml",
                       constraints: ids(config.categories)) { $0.site.config.categories[$0.post.category].id },
            timestamp("posted_at", "When the post was made", required: true) { $0.postedAt },
            timestamp("accepted_at", "When the department accepted it; empty if not accepted") { $0.acceptedAt },
            timestamp("replied_at", "When the department replied; empty if no reply") { $0.repliedAt },
        ]
        if period.hasSettlement {
            columns.append(timestamp("settled_at", "When the matter was settled; empty if not settled") { $0.settledAt })
        }
        columns.append(PostColumn(
            name: "light", type: "string",
            description: "Light as of the as-of day (assessed, accepted posts only): green/yellow by working days to the reply, "
                + "gray if later, red if not replied; empty if none",
            constraints: FieldConstraints(values: ["green", "yellow", "gray", "red"])) { row in
                switch row.status.light {
                case .green: "green"
                case .yellow: "yellow"
                case .gray: "gray"
                case .red: "red"
                case nil: ""
                }
            })
        columns.append(PostColumn(
            name: "working_days", type: "integer",
            description: "Working days D with posting date < D <= reply date, when the reply counts as of the as-of day; empty otherwise",
            constraints: FieldConstraints(minimum: 0)) { row in
                guard row.status.isReplied, let replied = row.post.repliedAt else { return "" }
                return String(row.rules.elapsedWorkingDays(postedOn: row.post.postedAt.localDay, repliedOn: replied.localDay))
            })
        if period.hasSettlement {
            columns.append(PostColumn(
                name: "settle_working_days", type: "integer",
                description: "Working days from posting to settlement, when the post is counted as settled; empty otherwise",
                constraints: FieldConstraints(minimum: 0)) { row in
                    guard row.status.isSettled, let settled = row.post.settledAt else { return "" }
                    return String(row.rules.elapsedWorkingDays(postedOn: row.post.postedAt.localDay, repliedOn: settled.localDay))
                })
        }
        columns += [
            PostColumn(name: "public", type: "string", description: "Whether the citizen made the post public",
                       constraints: FieldConstraints(required: true, values: ["yes", "no"])) { $0.post.isPublic ? "yes" : "no" },
            PostColumn(name: "title", type: "string", description: "The post's title, only when it is public") {
                $0.post.isPublic ? $0.text.title : ""
            },
            PostColumn(name: "url", type: "string", description: "Link to the post on the board, only when it is public") {
                $0.post.isPublic ? $0.text.url ?? "" : ""
            },
        ]
        for (index, dimension) in (config.satisfaction?.dimensions ?? []).enumerated() {
            columns.append(PostColumn(name: PostsColumns.ratingPrefix + dimension.id, type: "integer",
                                      description: "Stars (1-5) given for \(dimension.id); empty if not rated",
                                      constraints: FieldConstraints(minimum: 1, maximum: 5)) { row in
                row.post.ratings[index].map(String.init) ?? ""
            })
        }
        return columns
    }

    /// Streams the period's posts into `sink` as CSV rows, about a megabyte at a time.
    private static func writePosts(_ posts: PostStream, of period: PeriodContent, columns: [PostColumn], site: SiteContent,
                                   to sink: ([UInt8]) throws -> Void) throws {
        let config = site.config
        let rules = RatingRules(assessment: config.assessment, satisfaction: config.satisfaction, quarter: period.info,
                                calendar: site.calendar)
        let assessed = Set(config.assessment.channels)
        let isAssessed = config.channels.map { assessed.contains($0.id) }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20 + 4096)
        buffer += CSVText.row(columns.map(\.name)).utf8
        var formatter = TimestampFormatter(timeZone: config.timeZone)
        var failure: Error?
        try posts.forEach { post, text in
            guard failure == nil else { return }
            formatter.prepare(post)
            let row = PostRow(post: post, text: text, status: rules.status(of: post, isAssessed: isAssessed[post.channel]),
                              rules: rules, site: site, formatter: formatter)
            for (index, column) in columns.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                buffer += CSVText.field(column.value(row)).utf8
            }
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count >= 1 << 20 {
                do { try sink(buffer) } catch { failure = error }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if let failure { throw failure }
        try sink(buffer)
    }
}

/// `YYYY-MM-DDTHH:MM:SS+HH:MM` of an instant in the site time zone, never the machine's.
/// The zone's offset is looked up once per quarter-hour of posts (they come roughly in time order).
struct TimestampFormatter {
    private let timeZone: TimeZone
    private var bucket = Int64.min
    private var offsets: [Int64: Int64] = [:]

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    /// Looks up the offsets of the post's timestamps, so that `text` can stay non-mutating.
    mutating func prepare(_ post: Post) {
        for timestamp in [post.postedAt, post.acceptedAt, post.repliedAt, post.settledAt].compactMap({ $0 }) {
            let bucket = Self.bucket(timestamp.instant)
            if offsets[bucket] == nil {
                if offsets.count > 4096 { offsets.removeAll(keepingCapacity: true) }
                offsets[bucket] = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(bucket * 900))))
            }
        }
    }

    func text(_ timestamp: Timestamp) -> String {
        let offset = offsets[Self.bucket(timestamp.instant)]
            ?? Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(timestamp.instant))))
        let local = timestamp.instant + offset
        let seconds = Int(((local % 86_400) + 86_400) % 86_400)
        let (year, month, day) = timestamp.localDay.components
        let sign = offset < 0 ? "-" : "+"
        let minutes = Int(abs(offset) / 60)
        return "\(String(zeroPadded: year, width: 4))-\(String(zeroPadded: month, width: 2))-\(String(zeroPadded: day, width: 2))"
            + "T\(String(zeroPadded: seconds / 3600, width: 2)):\(String(zeroPadded: seconds / 60 % 60, width: 2))"
            + ":\(String(zeroPadded: seconds % 60, width: 2))"
            + "\(sign)\(String(zeroPadded: minutes / 60, width: 2)):\(String(zeroPadded: minutes % 60, width: 2))"
    }

    private static func bucket(_ instant: Int64) -> Int64 {
        instant >= 0 ? instant / 900 : (instant - 899) / 900
    }
}
