/// The open data of contract sections 4–10, for each period:
/// `data/SLUG/summary.json`, `data/SLUG/departments.json`, `data/SLUG/departments.csv`,
/// `data/SLUG/adjustments.json` and `.csv` (every bonus and penalty, OpenDataRenderer+Adjustments.swift),
/// `data/SLUG/rankings/ID.json` for each extra ranking, `data/SLUG/corrections.json` when it has corrections,
/// plus `data/departments.csv` (the registry) and `data/datapackage.json`, a Frictionless
/// Data Package describing the CSV files (OpenDataRenderer+DataPackage.swift).
///
/// departments.csv has the columns of departments.json with `name` (the
/// default-language name) inserted right after `id`; null is an empty cell.
/// The v2 keys (summary.json's `year_over_year`, `satisfaction`, `below_thresholds`, `joined`, the
/// settlement and satisfaction columns) appear only when their input does (OpenDataRenderer+V2.swift).
public enum OpenDataRenderer {
    public static let packageName = "lightboard-ratings"

    public static func render(_ site: ComputedSite) -> [RenderedFile] {
        let config = site.content.config
        // Periods are independent: written on every core (it follows the pages, so it would idle one).
        let periodFiles = site.periods.concurrentMap { period in
            let folder = "data/\(period.id.slug)/"
            let columns = columns(for: period, config: config)
            let table = csvColumns(columns, language: config.defaultLanguage)
            let rows = departmentsRows(period, columns: table)
            return [RenderedFile(path: folder + "summary.json", text: summary(period, config: config).prettyText),
                    RenderedFile(path: folder + "departments.json", text: departments(period, columns: columns).prettyText),
                    RenderedFile(path: folder + "departments.csv", text: rows.map(CSVText.row).joined()),
                    workbook(folder + "departments.xlsx", rows: rows, types: table.map(\.type), sheetName: "departments")]
                + adjustmentFiles(period)
                + period.rankings.map { ranking in
                    RenderedFile(path: folder + "rankings/\(ranking.definition.id).json", text: rankingJSON(ranking).prettyText)
                }
                + [corrections(period, config: config)].compactMap { $0 }
        }
        let registry = registryRows(site)
        return periodFiles.flatMap { $0 } + [
            RenderedFile(path: "data/departments.csv", text: registry.map(CSVText.row).joined()),
            workbook("data/departments.xlsx", rows: registry, types: registry[0].map { _ in "string" }, sheetName: "departments"),
            RenderedFile(path: "data/datapackage.json", text: dataPackage(site).prettyText),
        ]
    }

    // MARK: - summary.json

    static func summary(_ quarter: PeriodResult, config: SiteConfig) -> JSONValue {
        let assessed = quarter.headline.assessed
        let channels = quarter.channels.map { figures in
            JSONValue.object([
                JSONMember("id", .string(figures.channel.id)),
                JSONMember("posts", .integer(figures.tally.posts)),
                JSONMember("public", .integer(figures.publicPosts)),
                JSONMember("accepted", .integer(figures.tally.accepted)),
                JSONMember("replied", .integer(figures.tally.replied)),
                JSONMember("acceptance_rate", .rate(figures.tally.rate(.acceptanceRate))),
                JSONMember("reply_rate", .rate(figures.tally.rate(.replyRate))),
            ])
        }
        let assessment = JSONValue.object([
            JSONMember("channels", .array(quarter.assessedChannels.map(JSONValue.string))),
            JSONMember("posts", .integer(assessed.posts)),
            JSONMember("accepted", .integer(assessed.accepted)),
            JSONMember("replied", .integer(assessed.replied)),
            JSONMember("acceptance_rate", .rate(assessed.rate(.acceptanceRate))),
            JSONMember("reply_rate", .rate(assessed.rate(.replyRate))),
            JSONMember("lights", .object([
                JSONMember("green", .integer(assessed.lights.green)),
                JSONMember("yellow", .integer(assessed.lights.yellow)),
                JSONMember("gray", .integer(assessed.lights.gray)),
                JSONMember("red", .integer(assessed.lights.red)),
            ])),
            JSONMember("green_rate", .rate(assessed.rate(.greenRate))),
            JSONMember("yellow_rate", .rate(assessed.rate(.yellowRate))),
            JSONMember("gray_rate", .rate(assessed.rate(.grayRate))),
            JSONMember("red_rate", .rate(assessed.rate(.redRate))),
            JSONMember("departments", .integer(quarter.headline.departments)),
            JSONMember("departments_all_green", .integer(quarter.headline.departmentsAllGreen)),
            JSONMember("departments_all_green_change", .integerOrNull(quarter.departmentsAllGreenChange)),
            JSONMember("departments_no_red", .integer(quarter.headline.departmentsNoRed)),
            JSONMember("departments_no_red_change", .integerOrNull(quarter.departmentsNoRedChange)),
            JSONMember("top_red", .array(quarter.topRed.map { .string($0.department.id) })),
            JSONMember("complex_issues", .integer(quarter.headline.complexIssues)),
        ] + (quarter.hasSettlement ? settlementMembers(assessed, limits: config.assessment.settleWithin) : []))
        let categories = quarter.categories.map { count in
            JSONValue.object([JSONMember("id", .string(count.category.id)), JSONMember("posts", .integer(count.posts))]
                + (count.parent.map { [JSONMember("parent", .string($0.id))] } ?? []))
        }
        return .object([
            JSONMember(quarter.id.kind.summaryKey, .string(quarter.id.description)),
            JSONMember("as_of", .string(quarter.info.asOf.description)),
            JSONMember("published", .string(quarter.info.published.description)),
            JSONMember("channels", .array(channels)),
            JSONMember("assessment", assessment),
            JSONMember("categories", .array(categories)),
        ] + v2SummaryMembers(quarter))
    }

    // MARK: - departments.json and departments.csv

    /// A column of departments.json / departments.csv and its Frictionless field.
    struct Column: Sendable {
        var name: String
        /// Frictionless field type: integer, number or string.
        var type: String
        var description: String
        /// Its Table Schema constraints in datapackage.json.
        var constraints = FieldConstraints()
        var value: @Sendable (DepartmentFigures) -> JSONValue
        /// For a JSON object: its members as CSV columns of their own.
        var csvColumns: [Column]? = nil
    }

    /// The columns of departments.json of a period: contract §4's, then settlement's when
    /// the period's posts.csv has `settled_at`, then satisfaction's when site.yml has `satisfaction`.
    static func columns(for period: PeriodResult, config: SiteConfig) -> [Column] {
        v1Columns + (period.hasSettlement ? settlementColumns(limits: config.assessment.settleWithin) : [])
            + (config.satisfaction != nil ? satisfactionColumns : [])
    }

    /// The columns of departments.json in contract §4 order.
    static let v1Columns: [Column] = {
        func count(_ name: String, _ description: String, _ value: @escaping @Sendable (Tally) -> Int) -> Column {
            Column(name: name, type: "integer", description: description, constraints: .count) { .integer(value($0.tally)) }
        }
        func rate(_ kind: RateKind, _ description: String) -> Column {
            Column(name: kind.rawValue, type: "number",
                   description: description + " in percent, rounded half up to one decimal; empty when the denominator is 0",
                   constraints: .percentage) {
                .rate($0.tally.rate(kind))
            }
        }
        return [
            Column(name: "id", type: "string", description: "Department id from departments.csv", constraints: .departmentID) {
                .string($0.department.id)
            },
            Column(name: "rank", type: "integer", description: "League rank (1 = best)",
                   constraints: FieldConstraints(required: true, minimum: 1)) { .integer($0.rank) },
            count("posts", "Assessed posts", \.posts),
            count("accepted", "Assessed posts accepted as of the as-of day", \.accepted),
            count("replied", "Assessed posts replied as of the as-of day", \.replied),
            count("green", "Accepted posts replied within the green limit of working days", \.lights.green),
            count("yellow", "Accepted posts replied within the yellow limit of working days", \.lights.yellow),
            count("gray", "Accepted posts replied after the yellow limit", \.lights.gray),
            count("red", "Accepted posts not replied as of the as-of day", \.lights.red),
            rate(.acceptanceRate, "accepted / posts"),
            rate(.replyRate, "replied / posts"),
            rate(.greenRate, "green / accepted"),
            rate(.yellowRate, "yellow / accepted"),
            rate(.grayRate, "gray / accepted"),
            rate(.redRate, "red / accepted"),
            Column(name: "bonus", type: "number", description: "Bonus points, rounded half up to two decimals",
                   constraints: .count) { .points($0.bonus) },
            Column(name: "penalty", type: "number", description: "Penalty points, rounded half up to two decimals",
                   constraints: .count) { .points($0.penalty) },
            Column(name: "complex_issues", type: "integer", description: "Complex issues of the quarter led by the department",
                   constraints: .count) { .integer($0.complexIssues) },
            Column(name: "score", type: "number", description: "Score, rounded half up to two decimals",
                   constraints: FieldConstraints(required: true)) { .points($0.score) },
        ]
    }()

    /// The CSV columns: the JSON columns with `name` right after `id`, each JSON object
    /// spread into columns of its own (`settled_within` -> `settled_within_1`, ...).
    static func csvColumns(_ columns: [Column], language: String) -> [Column] {
        let name = Column(name: "name", type: "string", description: "Department name (\(language))",
                          constraints: FieldConstraints(required: true)) {
            .string($0.department.name.resolved(in: language, defaultLanguage: language).text)
        }
        return [columns[0], name] + columns.dropFirst().flatMap { $0.csvColumns ?? [$0] }
    }

    static func departments(_ quarter: PeriodResult, columns: [Column]) -> JSONValue {
        .array(quarter.league.map { figures in .object(columns.map { JSONMember($0.name, $0.value(figures)) }) })
    }

    /// The rows of departments.csv (and departments.xlsx), the header first.
    static func departmentsRows(_ quarter: PeriodResult, columns: [Column]) -> [[String]] {
        [columns.map(\.name)] + quarter.league.map { figures in
            columns.map { csvCell($0.value(figures), column: $0.name) }
        }
    }

    /// A JSON value as a CSV cell: null is an empty cell.
    static func csvCell(_ value: JSONValue, column: String) -> String {
        switch value {
        case .null: ""
        case .integer(let value): String(value)
        case .number(let literal): literal
        case .string(let string): string
        case .array, .object: preconditionFailure("CSV cell \(column) is not a plain value")
        }
    }

    static func departmentsCSV(_ quarter: PeriodResult, columns: [Column]) -> String {
        departmentsRows(quarter, columns: columns).map(CSVText.row).joined()
    }

    /// The `.xlsx` beside a CSV: the same rows, cells typed by the columns' Table Schema types.
    static func workbook(_ path: String, rows: [[String]], types: [String], sheetName: String) -> RenderedFile {
        var sheet = XLSXSheet(header: rows[0], types: types.map(XLSXSheet.CellType.init(fieldType:)))
        for row in rows.dropFirst() { sheet.append(row) }
        // An in-memory archive of a few kilobytes: only a broken zlib could make it fail.
        guard let bytes = try? XLSXWorkbook.bytes(sheet, name: sheetName) else { preconditionFailure("cannot zip \(path)") }
        return RenderedFile(path: path, bytes: bytes)
    }
}
