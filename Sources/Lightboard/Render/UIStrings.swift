import Foundation
import Yams

/// The interface strings of one language, from `Templates/strings/LANG.yml`.
///
/// Flat `key: text` pairs, plus `month_names` (a list of twelve). Formats such
/// as `date_format: "{day} {month_name} {year}"` are filled in by `Formatting`.
struct UIStrings: Sendable {
    let language: String
    let values: [String: String]
    let monthNames: [String]

    /// Keys that Swift code reads (templates may use any key of the file).
    static let requiredKeys = [
        "date_format", "month_format", "quarter_format", "percentage_points", "working_days", "working_days_one",
        "rank_of", "as_of_note", "published_note", "untitled_post", "non_public_post", "language_name", "not_found_message", "nav_home",
        "nav_archive", "nav_departments", "nav_e_reading", "nav_methodology", "page_title_archive",
        "page_title_quarter", "page_title_league", "page_title_green", "page_title_red", "page_title_complex",
        "page_title_departments", "page_title_e_reading", "page_title_methodology", "page_title_not_found",
        "figure_posts", "figure_acceptance_rate", "figure_reply_rate", "figure_green_rate", "figure_red_rate",
        "figure_green", "figure_red", "figure_departments", "figure_all_green", "figure_no_red",
        "figure_complex_issues", "chart_league_title", "chart_league_desc", "chart_department_title",
        "chart_department_desc", "chart_green_rate", "chart_red_rate", "issue_role_lead", "issue_role_partner", "departments_ungrouped",
        "score_part_rate", "score_part_rate_value", "score_part_bonus", "score_part_penalty", "score_part_complex",
        "score_part_complex_value", "score_part_total",
        "feedback_email", "feedback_phone", "feed_title", "feed_quarter_summary", "method_green", "method_yellow",
        "method_gray", "method_red", "method_complex_points", "method_rounding", "method_as_of",
        "rate_acceptance_rate", "rate_reply_rate", "rate_green_rate", "rate_yellow_rate", "rate_gray_rate",
        "rate_red_rate", "quarter_nav_report", "quarter_nav_league", "quarter_nav_green", "quarter_nav_red",
        "quarter_nav_complex", "light_red", "posted_on", "waiting", "department_red_all",
        "nav_archive_periods", "page_title_archive_periods", "archive_quarters_caption", "archive_months_caption",
        "chart_department_title_month", "chart_department_desc_month", "department_red_all_month",
        "unit_posts", "unit_posts_one", "unit_departments", "unit_departments_one", "unit_issues", "unit_issues_one",
        "change_with_percent", "figure_accepted", "figure_replied", "method_year_over_year",
        "settlement_summary", "settled_within", "settled_within_one", "satisfaction_summary", "stars", "stars_one",
        "chart_stars_title", "chart_stars_desc",
        // Bonus and penalty points with their reasons
        "page_title_adjustments", "no_adjustments", "no_adjustments_month", "adjustments_count", "adjustments_count_one",
        "department_adjustment_totals", "adjustment_bonus", "adjustment_penalty",
        "adjustment_source_netizen", "adjustment_source_media",
    ] + recordKeys

    /// Read by the corrections feed entries and the redirect pages (docs/archiving.md §6, §7).
    static let recordKeys = ["feed_correction_title", "redirect_title", "redirect_message"]

    /// Loads and checks the file; `path` is how diagnostics name it.
    static func load(language: String, path: String, fileURL: URL) throws(ContentErrors) -> UIStrings {
        guard FileManager.default.fileExists(atPath: fileURL.path) else {
            throw ContentErrors(diagnostics: [Diagnostic(file: path, line: 1, message: "missing strings file for language \"\(language)\"",
                                                         hint: "copy strings/zh.yml and translate it")])
        }
        // The same checks as the content's YAML: a BOM and CRLF are accepted, other encodings named.
        var fileDiagnostics = DiagnosticBag()
        guard let text = TextFile.read(path: fileURL.path, displayPath: path, diagnostics: &fileDiagnostics) else {
            throw ContentErrors(diagnostics: fileDiagnostics.diagnostics)
        }
        // The content's YAML messages (a tab named as a tab, no raw error values).
        guard let node = YAMLParser.parse(text, file: path, diagnostics: &fileDiagnostics) else {
            throw ContentErrors(diagnostics: fileDiagnostics.diagnostics)
        }
        guard let mapping = node.mapping else {
            throw ContentErrors(diagnostics: [Diagnostic(file: path, line: 1, message: "expected a map of `key: text`")])
        }
        var values: [String: String] = [:]
        var monthNames: [String] = []
        var diagnostics: [Diagnostic] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            if key == "month_names" {
                monthNames = valueNode.sequence?.compactMap(\.string) ?? []
                if monthNames.count != 12 {
                    diagnostics.append(Diagnostic(file: path, line: keyNode.mark.map { $0.line } ?? 1,
                                                  message: "`month_names` must list twelve names"))
                }
            } else if let value = valueNode.string {
                values[key] = value
                diagnostics += placeholderDiagnostics(key: key, value: value, path: path, line: valueNode.mark.map { $0.line } ?? 1,
                                                      column: valueNode.mark.map { $0.column } ?? 1, text: text)
            } else {
                diagnostics.append(Diagnostic(file: path, line: keyNode.mark.map { $0.line } ?? 1,
                                              message: "`\(key)` must be a text"))
            }
        }
        if monthNames.isEmpty, !diagnostics.contains(where: { $0.message.contains("month_names") }) {
            diagnostics.append(Diagnostic(file: path, line: 1, message: "missing `month_names`"))
        }
        for key in requiredKeys where values[key] == nil {
            diagnostics.append(Diagnostic(file: path, line: 1, message: "missing string `\(key)`"))
        }
        guard diagnostics.isEmpty else { throw ContentErrors(diagnostics: diagnostics) }
        return UIStrings(language: language, values: values, monthNames: monthNames)
    }

    subscript(key: String) -> String { values[key] ?? key }

    /// `self[key]` with each `{name}` replaced by its value.
    func format(_ key: String, _ arguments: KeyValuePairs<String, String>) -> String {
        assert(Self.placeholders[key] == Set(arguments.map(\.key)), "`\(key)`: UIStrings.placeholders must list \(arguments.map(\.key))")
        return Self.fill(self[key], arguments)
    }

    /// One pass over the pattern's UTF-8 bytes: a `{name}` without an argument
    /// stays as written. (Foundation's `replacingOccurrences`, once per argument,
    /// was 6% of a large build; a pass over `Character`s with a dictionary of
    /// arguments still cost ~15,000 instructions a date on department pages.)
    static func fill(_ pattern: String, _ arguments: KeyValuePairs<String, String>) -> String {
        var pattern = pattern
        return pattern.withUTF8 { bytes -> String? in
            guard bytes.contains(UInt8(ascii: "{")) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "{"),
                   let close = bytes[(index + 1)...].firstIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "{") }),
                   bytes[close] == UInt8(ascii: "}"),
                   let value = arguments.first(where: { $0.key.utf8.elementsEqual(bytes[(index + 1)..<close]) })?.value {
                    result += value.utf8
                    index = close + 1
                } else {
                    result.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        } ?? pattern
    }
}
