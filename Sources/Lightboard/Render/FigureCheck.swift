/// Checks the figures in the periods' texts once they are computed (docs/content.md, "Figures in
/// the text"): every `{{figure NAME}}` must name a figure of its period's summary.json (an error
/// otherwise, with a "did you mean"), and a number typed by hand that looks like a published
/// figure but is not one is a warning.
///
/// Which typed numbers are compared, so that a text that quotes its figures correctly gets no warning:
/// - a percentage (`72.5%`, `72.5 %`, `72.5％`) without a sign in front: it must be one of the
///   period's published percentages at the precision typed (`72%` stands for 72.4), or else it is
///   reported when it is within 1 percentage point of a headline rate (a rate of `assessment`, or
///   `satisfaction.satisfaction_rate`), which it then most likely miscopies;
/// - a whole number with digit-group commas (`20,181`): it must be one of the period's published
///   counts, or else it is reported when it is within 1% of a count of `assessment` or `channels`.
/// Numbers without a comma (years, `443`, `3个工作日`), signed changes and code blocks are not compared.
enum FigureCheck {
    static func check(_ site: ComputedSite) -> (errors: [Diagnostic], warnings: [Diagnostic]) {
        var errors: [Diagnostic] = [], warnings: [Diagnostic] = []
        for period in site.periods {
            let table = FigureTable(summary: OpenDataRenderer.summary(period, config: site.content.config))
            let targets = TypedFigureTargets(table)  // once per period, not per text: hundreds of complex issues
            for text in [period.narrative] + period.complexIssues.map(\.story) {
                for (language, source) in text.sources {
                    guard let origin = text.origins[language] else { continue }
                    errors += referenceErrors(source, origin: origin, table: table, period: period.id)
                    warnings += typedFigureWarnings(source, origin: origin, figures: targets, period: period.id)
                }
            }
        }
        let publications = site.content.eReading.map(\.body) + site.content.pages.map(\.body)
        for text in publications {
            for (language, source) in text.sources {
                guard let origin = text.origins[language] else { continue }
                let scan = FigureReferences.scan(source)
                for line in Set(scan.references.map(\.line) + scan.malformedLines).sorted() {
                    errors.append(Diagnostic(file: origin.file, line: origin.firstLine + line - 1,
                                             message: "a figure can be named only in a period's narrative or complex issues",
                                             hint: "write the number itself here"))
                }
            }
        }
        return (errors, warnings)
    }

    private static func referenceErrors(_ source: String, origin: MarkdownOrigin, table: FigureTable, period: PeriodID) -> [Diagnostic] {
        let scan = FigureReferences.scan(source)
        let unknown = scan.references.filter { table.figure(named: $0.name) == nil }.map { reference in
            Diagnostic(file: origin.file, line: origin.firstLine + reference.line - 1,
                       message: "unknown figure \"\(reference.name)\" for \(period)",
                       hint: Suggestion.didYouMean(reference.name, among: table.names)
                           ?? "name a number of data/\(period.slug)/summary.json: a key of assessment (green_rate, lights.red) or a path (channels.ID.reply_rate)")
        }
        let malformed = scan.malformedLines.map { line in
            Diagnostic(file: origin.file, line: origin.firstLine + line - 1, message: "malformed figure reference",
                       hint: "write {{figure NAME}}, as {{figure green_rate}}")
        }
        return unknown + malformed
    }

    // MARK: - Figures typed by hand

    /// A number with a percent sign; the sign or digit before it is checked apart (Regex has no look-behind).
    nonisolated(unsafe) private static let percentage = #/([0-9][0-9,]*(?:\.[0-9]+)?)[ \t]?[%％]/#
    nonisolated(unsafe) private static let groupedCount = #/[0-9]{1,3}(?:,[0-9]{3})+/#

    /// A percentage typed with more decimals is no copied figure, and its powers of ten would overflow an Int.
    static let comparedDecimals = 6

    static func typedFigureWarnings(_ source: String, origin: MarkdownOrigin, table: FigureTable, period: PeriodID) -> [Diagnostic] {
        typedFigureWarnings(source, origin: origin, figures: TypedFigureTargets(table), period: period)
    }

    private static func typedFigureWarnings(_ source: String, origin: MarkdownOrigin, figures: TypedFigureTargets,
                                            period: PeriodID) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var inCodeBlock = false
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = rawLine.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inCodeBlock.toggle() }
            if inCodeBlock || !rawLine.contains(where: \.isNumber) { continue }
            let line = FigureReferences.removed(from: rawLine)
            func warn(_ typed: some StringProtocol, _ near: (name: String, text: String)) {
                warnings.append(Diagnostic(file: origin.file, line: origin.firstLine + index, message: "\"\(typed)\" is not a figure of \(period)",
                                           hint: "\(near.name) is \(near.text); write {{figure \(near.name)}} to show the published figure",
                                           isWarning: true))
            }
            // The regexes only on lines that can hold a match (Swift's Regex costs ~µs a line).
            let hasPercent = line.utf8.contains(UInt8(ascii: "%")) || line.contains("％")
            let hasComma = line.utf8.contains(UInt8(ascii: ","))
            for match in (hasPercent ? line.matches(of: percentage) : []) where !isSignedOrInsideNumber(line, before: match.range.lowerBound) {
                let number = match.output.1.filter { $0 != "," }
                guard let (value, decimals) = FigureTable.scaledDecimal(String(number)), decimals <= Self.comparedDecimals,
                      !figures.percents.contains(where: { Self.matches(typed: value, decimals: decimals, tenths: $0) }),
                      let near = figures.nearestRate(to: value, decimals: decimals) else { continue }
                warn(match.output.0, near)
            }
            for match in (hasComma ? line.matches(of: groupedCount) : []) where !isSignedOrInsideNumber(line, before: match.range.lowerBound) {
                let after = line[match.range.upperBound...]
                if after.first.map({ $0.isNumber || $0 == "%" || $0 == "％" || $0 == "," }) == true
                    || (after.first == "." && after.dropFirst().first?.isNumber == true) { continue }
                guard let value = Int(match.output.filter { $0 != "," }), !figures.counts.contains(value),
                      let near = figures.nearestCount(to: value) else { continue }
                warn(match.output, near)
            }
        }
        return warnings
    }

    /// A digit, point or comma before the match means it is the tail of a longer number; a sign, a change.
    private static func isSignedOrInsideNumber(_ line: String, before index: String.Index) -> Bool {
        guard index > line.startIndex else { return false }
        let previous = line[line.index(before: index)]
        return previous.isNumber || ".,+-−±".contains(previous)
    }

    /// Whether a percentage typed with `decimals` decimals is the published `tenths` at that precision.
    static func matches(typed value: Int, decimals: Int, tenths: Int) -> Bool {
        if decimals == 0 { return (tenths.magnitude + 5) / 10 == value.magnitude }
        return Int(tenths.magnitude) * 10.power(decimals - 1) == value
    }

    /// The period's figures a typed number is compared with.
    private struct TypedFigureTargets {
        /// Every percentage of summary.json (changes by their size), in tenths.
        var percents: [Int] = []
        var counts: Set<Int> = []
        /// The headline rates and counts a near miss is reported against, by name.
        var rates: [(name: String, tenths: Int)] = []
        var headlineCounts: [(name: String, value: Int)] = []

        init(_ table: FigureTable) {
            var assessmentCounts = 0
            for (name, entry) in zip(table.names, table.figures) {
                let isAssessment = entry.path.hasPrefix(FigureTable.assessmentPrefix)
                switch entry.figure {
                case .percent(let tenths):
                    percents.append(tenths)
                    if (isAssessment && !name.contains(".")) || name == "satisfaction.satisfaction_rate" { rates.append((name, tenths)) }
                case .percentChange(let tenths): percents.append(abs(tenths))
                case .count(let value):
                    counts.insert(value)
                    // assessment's first: a tie is named by its headline name (`posts`, not `channels.board.posts`).
                    if isAssessment { headlineCounts.insert((name, value), at: assessmentCounts); assessmentCounts += 1 }
                    if entry.path.hasPrefix("channels.") { headlineCounts.append((name, value)) }
                default: break
                }
            }
        }

        /// The headline rate within 1 percentage point of a typed percentage, the nearest first.
        func nearestRate(to value: Int, decimals: Int) -> (name: String, text: String)? {
            let unit = 10.power(max(decimals, 1))
            let scale = 10.power(max(decimals, 1) - decimals)
            return rates.map { ($0, abs($0.tenths * (unit / 10) - value * scale)) }
                .filter { $0.1 <= unit }.min { $0.1 < $1.1 }
                .map { ($0.0.name, NumberText.decimal(scaled: $0.0.tenths, decimals: 1, style: .page) + "%") }
        }

        /// The headline count within 1% of a typed count, the nearest first.
        func nearestCount(to value: Int) -> (name: String, text: String)? {
            headlineCounts.map { ($0, abs($0.value - value)) }
                .filter { $0.1 * 100 <= $0.0.value }.min { $0.1 < $1.1 }
                .map { ($0.0.name, NumberText.decimal(scaled: $0.0.value, decimals: 0, style: .page)) }
        }
    }
}
