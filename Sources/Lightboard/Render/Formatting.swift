/// Every number and date shown on a page, formatted by our own rules so the
/// output never depends on the machine's locale or time zone. Numbers go through
/// `NumberText` in its page style (grouped digits, typographic minus).
struct Formatting: Sendable {
    let strings: UIStrings

    /// The typographic minus of page numbers.
    static let minus = NumberText.Style.page.minus

    /// `20,180`, `−3`.
    func integer(_ value: Int) -> String { decimal(value, decimals: 0) }

    /// A value given in units of 10^-decimals: `decimal(724, 1)` is `72.4`.
    func decimal(_ scaled: Int, decimals: Int) -> String { NumberText.decimal(scaled: scaled, decimals: decimals, style: .page) }

    /// A rate in percent rounded half up to one decimal (`72.4%`), or `—` when it has no denominator.
    func rate(_ rate: Fraction?) -> String { NumberText.rate(rate, style: .page).map { $0 + "%" } ?? "—" }

    /// Scores, bonus and penalty points: two decimals, rounded half up.
    func points(_ value: Fraction) -> String {
        decimal(value.roundedHalfUp(decimals: 2), decimals: 2)
    }

    /// An exact weight from site.yml (`20`, `0.5`, `−12.25`), at most six decimals.
    func weight(_ value: Fraction) -> String { NumberText.exact(value, style: .page) }

    /// A headline rate's change (`HeadlineChange.rate`) in percentage points: `+1.2个百分点`.
    func rateChange(tenths difference: Int?) -> Change {
        guard let difference else { return .unavailable }
        return Change(difference: difference,
                      text: strings.format("percentage_points", ["value": signed(decimal(difference, decimals: 1), difference)]))
    }

    /// A headline count's change (`HeadlineChange.count`): `+54`, `−3`.
    func countChange(_ difference: Int?) -> Change {
        guard let difference else { return .unavailable }
        return Change(difference: difference, text: signed(integer(difference), difference))
    }

    /// Against a year earlier, as summary.json has it: zh `+54条（+28.7%）`, en `+54 posts (+28.7%)`; no
    /// percentage when the earlier count is 0. `unit` is a key such as `unit_posts` (`unit_posts_one` for ±1).
    func yearOverYearCount(_ change: CountChange, unit: String) -> Change {
        let amount = strings.format(change.change.magnitude == 1 ? unit + "_one" : unit,
                                    ["count": signed(integer(change.change), change.change)])
        guard let percent = change.changePercent else { return Change(difference: change.change, text: amount, isYearOverYear: true) }
        let scaled = percent.roundedHalfUp(decimals: 1)
        return Change(difference: change.change, text: strings.format("change_with_percent", [
            "change": amount, "percent": signed(decimal(scaled, decimals: 1), scaled) + "%"]), isYearOverYear: true)
    }

    /// Against a year earlier in percentage points: the exact difference rounded (contract §6), `0.0` never `−0.0`.
    func yearOverYearRate(_ change: RateChange) -> Change {
        guard let difference = change.change else { return .unavailableYearOverYear }
        let scaled = difference.roundedHalfUp(decimals: 1)
        return Change(difference: scaled, text: strings.format("percentage_points", ["value": signed(decimal(scaled, decimals: 1), scaled)]),
                      isYearOverYear: true)
    }

    private func signed(_ text: String, _ value: Int) -> String {
        value > 0 ? "+" + text : text
    }

    /// zh `2024年11月18日`, en `18 November 2024`.
    func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return strings.format("date_format", ["year": String(year), "month": String(month),
                                              "month_name": strings.monthNames[month - 1], "day": String(dayOfMonth)])
    }

    /// zh `2024年7月`, en `July 2024`.
    func month(year: Int, month: Int) -> String {
        strings.format("month_format", ["year": String(year), "month": String(month), "month_name": strings.monthNames[month - 1]])
    }

    /// zh `2024年第3季度`, en `2024 Q3`.
    func quarter(_ id: PeriodID) -> String {
        strings.format("quarter_format", ["year": String(id.year), "quarter": String(id.number)])
    }

    /// A quarter as above, a month as zh `2019年5月`, en `May 2019`.
    func period(_ id: PeriodID) -> String {
        id.kind == .quarter ? quarter(id) : month(year: id.year, month: id.number)
    }
}
