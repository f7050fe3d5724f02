/// The `{name}` placeholders the program fills in the interface strings.
///
/// `UIStrings.fill` leaves a placeholder it has no value for as written, so a
/// placeholder renamed in `strings/en.yml` (`{datum}` for `{date}`) would be
/// published as "Status as of {datum}". Loading the strings rejects it instead.
/// `format(_:_:)` asserts that its arguments are the ones declared here, so the
/// table cannot drift from the code (the debug builds of the tests render every page).
extension UIStrings {
    static let placeholders: [String: Set<String>] = [
        "date_format": ["year", "month", "month_name", "day"],
        "month_format": ["year", "month", "month_name"],
        "quarter_format": ["year", "quarter"],
        "percentage_points": ["value"],
        "working_days": ["days"],
        "working_days_one": ["days"],
        "rank_of": ["rank", "count"],
        "as_of_note": ["date"],
        "published_note": ["date"],
        "page_title_quarter": ["quarter"],
        "page_title_league": ["quarter"],
        "page_title_green": ["quarter"],
        "page_title_red": ["quarter"],
        "page_title_complex": ["quarter"],
        "chart_league_title": ["quarter"],
        "chart_department_title": ["department"],
        "department_red_all": ["count"],
        "department_red_all_month": ["count"],
        "chart_department_title_month": ["department"],
        "archive_quarters_caption": ["year"],
        "archive_months_caption": ["year"],
        "unit_posts": ["count"], "unit_posts_one": ["count"],
        "unit_departments": ["count"], "unit_departments_one": ["count"],
        "unit_issues": ["count"], "unit_issues_one": ["count"],
        "change_with_percent": ["change", "percent"],
        "settlement_summary": ["settled", "accepted", "rate"],
        "settled_within": ["days"], "settled_within_one": ["days"],
        "satisfaction_summary": ["rate", "satisfied", "rated", "from"],
        "stars": ["stars"], "stars_one": ["stars"],
        "chart_stars_title": ["dimension"],
        // Bonus and penalty points with their reasons
        "page_title_adjustments": ["quarter"],
        "adjustments_count": ["count"], "adjustments_count_one": ["count"],
        "department_adjustment_totals": ["bonus", "penalty"],
        "method_green": ["days"],
        "method_yellow": ["from", "days"],
        "method_gray": ["days"],
        "method_complex_points": ["points"],
        "feed_title": ["site"],
        "def_green_rate": ["green"],
        "def_green": ["green"],
        "def_yellow": ["yellow_from", "yellow"],
        "def_gray": ["yellow"],
        "def_all_green": ["green"],
        "def_complex_issues": ["points"],
        "score_part_rate": ["rate", "weight"],
        "score_part_rate_value": ["points", "rate"],
        "score_part_complex": ["points"],
        "score_part_complex_value": ["points", "issues"],
        "feed_quarter_summary": ["posts", "green_rate", "red_rate", "as_of"],
        // Contract §9–§10 (PageBuilder+Rankings.swift)
        "categories_note": ["classes", "sub_categories"],
        "unit_categories": ["count"], "unit_categories_one": ["count"],
        "sub_categories": ["count"], "sub_categories_one": ["count"],
        "top_class_rank": ["rank"],
        "top_class_figures": ["count", "share"],
        "below_threshold_heading": ["rate", "threshold"],
        "joined_total": ["departments", "date"],
        "joined_in_period": ["departments"], "joined_in_period_month": ["departments"],
        "page_title_ranking": ["quarter", "ranking"],
        "ranking_intro": ["measure", "channels"],
        "ranking_top": ["top"],
        "ranking_intro_top": ["intro", "top"],
        "feed_correction_title": ["period"],
        "chart_lights_title": ["quarter"],
        "chart_league_tied": ["count", "first", "last"],
        // Filled by assets/search.js on the search page, not by the program.
        "search_status": ["count", "query"], "search_status_one": ["count", "query"],
        "search_none": ["query"],
        "search_more": ["shown"],
    ]

    /// Every `{name}` of `value` that the program does not fill for `key`. `line`
    /// is where the value starts in the file (`text`), where the column is looked for.
    static func placeholderDiagnostics(key: String, value: String, path: String, line: Int, column: Int,
                                       text: String) -> [Diagnostic] {
        guard value.utf8.contains(UInt8(ascii: "{")) else { return [] }
        let filled = placeholders[key] ?? []
        let unfilled = placeholderNames(in: value).filter { !filled.contains($0) }
        guard !unfilled.isEmpty else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return unfilled.map { name in
            let written = "{\(name)}"
            var position = (line: line, column: column)
            for number in line..<min(line + 20, lines.count + 1) {
                if let range = lines[number - 1].range(of: written) {
                    position = (number, lines[number - 1].distance(from: lines[number - 1].startIndex, to: range.lowerBound) + 1)
                    break
                }
            }
            let hint = Suggestion.closest(to: name, among: filled.sorted()).map { "did you mean {\($0)}?" }
                ?? (filled.isEmpty ? "the program fills no placeholder in `\(key)`: write the text without braces"
                                   : "the program fills \(filled.sorted().map { "{\($0)}" }.joined(separator: ", ")) in `\(key)`")
            return Diagnostic(file: path, line: position.line, column: position.column,
                              message: "placeholder \(written) in `\(key)` is not filled by the program", hint: hint)
        }
    }

    /// The names of the `{name}`s that `fill` would replace: a `{` up to the next `}` with no `{` between.
    static func placeholderNames(in pattern: String) -> [String] {
        var names: [String] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(where: { $0 == "}" || $0 == "{" }) else { break }
            if after[close] == "}" { names.append(String(after[..<close])) }
            rest = after[close...].first == "{" ? after[close...] : after[after.index(after: close)...]
        }
        return names
    }
}
