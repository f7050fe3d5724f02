/// The figures a period's narrative and complex issues may name with `{{figure NAME}}`: every
/// number and date of the period's summary.json, read from the very value written to the open
/// data, so a text cannot show a figure the data does not (docs/content.md, "Figures in the text").
///
/// A figure's path is its name in the open data (`JSONValue.forEachNamedValue`: keys joined by dots,
/// an entry of a list by its id, `channels.mailbox.reply_rate`), the name a correction records too.
/// A writer names a key of `assessment` without the `assessment.` in front (`green_rate`,
/// `lights.red`), any other figure by its whole path. Numbers, nulls and dates are figures; lists and
/// other text are not.
struct FigureTable: Sendable {
    /// A figure as the pages show it: the kind says which page style applies.
    enum Figure: Equatable, Sendable {
        /// `20,180`.
        case count(Int)
        /// A change of a count: `+6`, `−3`.
        case countChange(Int)
        /// A rate in tenths of a percent: `724` is `72.4%`.
        case percent(tenths: Int)
        /// A change in percent (`change_pct`): `+28.7%`.
        case percentChange(tenths: Int)
        /// A change of a rate in tenths of a percentage point: zh `+1.9个百分点`, en `+1.9 pp`.
        case pointsChange(tenths: Int)
        /// A decimal as the page writes it: a mean with two decimals (`4.25`), a weight as given.
        case decimal(scaled: Int, decimals: Int)
        /// A threshold of `below_thresholds`, in percent as site.yml gives it: `99%`, `92.5%`.
        case threshold(scaled: Int, decimals: Int)
        case date(Day)
        /// `null` in summary.json (a rate without a denominator, a change without an earlier period): `—`.
        case unavailable
    }

    /// By whole path (`assessment.green_rate`), in the order of summary.json.
    private(set) var figures: [(path: String, figure: Figure)] = []
    private var byPath: [String: Figure] = [:]

    static let assessmentPrefix = "assessment."

    init(summary: JSONValue) {
        summary.forEachNamedValue { path, value in
            switch value {
            case .integer(let value) where path.last == "threshold": add(path, .threshold(scaled: value, decimals: 0))
            case .integer(let value): add(path, Self.isChange(path) ? .countChange(value) : .count(value))
            case .number(let literal): if let figure = Self.figure(literal: literal, path: path) { add(path, figure) }
            case .null: add(path, .unavailable)
            case .string(let text): if let day = Day(iso: text) { add(path, .date(day)) }
            case .array, .object: break
            }
        }
        byPath = Dictionary(figures.map { ($0.path, $0.figure) }, uniquingKeysWith: { first, _ in first })
    }

    /// The figure a text names: a key of `assessment` first, then a whole path.
    func figure(named name: String) -> Figure? {
        byPath[Self.assessmentPrefix + name] ?? byPath[name]
    }

    /// Every figure by the name a writer gives it, for "did you mean" and the reference.
    var names: [String] {
        figures.map { $0.path.hasPrefix(Self.assessmentPrefix) ? String($0.path.dropFirst(Self.assessmentPrefix.count)) : $0.path }
    }

    private mutating func add(_ path: [String], _ figure: Figure) {
        figures.append((path.joined(separator: "."), figure))
    }

    /// `departments_all_green_change`, `year_over_year.posts.change`.
    private static func isChange(_ path: [String]) -> Bool {
        path.last == "change" || path.last?.hasSuffix("_change") == true
    }

    /// Which page style a number takes, by its key: rates end in `_rate` (or sit in an object that
    /// does: `settled_within_rate.3`, `year_over_year.green_rate.previous`), as in contract §4–§8.
    private static func figure(literal: String, path: [String]) -> Figure? {
        guard let (scaled, decimals) = scaledDecimal(literal) else { return nil }
        let key = path.last ?? "", parent = path.dropLast().last ?? ""
        let tenths = decimals <= 1 ? scaled * 10.power(1 - decimals) : nil
        switch key {
        case "change_pct": return tenths.map { .percentChange(tenths: $0) }
        case "change" where parent.hasSuffix("_rate"): return tenths.map { .pointsChange(tenths: $0) }
        case "mean": return .decimal(scaled: scaled * 10.power(2 - min(decimals, 2)), decimals: 2)
        case "threshold": return .threshold(scaled: scaled, decimals: decimals)
        case _ where key.hasSuffix("_rate") || parent.hasSuffix("_rate"): return tenths.map { .percent(tenths: $0) }
        default: return .decimal(scaled: scaled, decimals: decimals)
        }
    }

    /// `72.4` -> (724, 1), `-3` -> (-3, 0): a number as NumberText writes it for the open data.
    static func scaledDecimal(_ literal: String) -> (scaled: Int, decimals: Int)? {
        let negative = literal.hasPrefix("-")
        let digits = negative ? literal.dropFirst() : Substring(literal)
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }),
              let value = Int(parts.joined()) else { return nil }
        return (negative ? -value : value, parts.count == 2 ? parts[1].count : 0)
    }
}

extension Formatting {
    /// A figure of `FigureTable` as the pages show it.
    func text(_ figure: FigureTable.Figure) -> String {
        func signed(_ text: String, _ value: Int) -> String { value > 0 ? "+" + text : text }
        switch figure {
        case .count(let value): return integer(value)
        case .countChange(let value): return signed(integer(value), value)
        case .percent(let tenths): return decimal(tenths, decimals: 1) + "%"
        case .percentChange(let tenths): return signed(decimal(tenths, decimals: 1), tenths) + "%"
        case .pointsChange(let tenths):
            return strings.format("percentage_points", ["value": signed(decimal(tenths, decimals: 1), tenths)])
        case .decimal(let scaled, let decimals): return decimal(scaled, decimals: decimals)
        case .threshold(let scaled, let decimals): return decimal(scaled, decimals: decimals) + "%"
        case .date(let day): return date(day)
        case .unavailable: return "—"
        }
    }
}
