extension PageBuilder {
    /// The short definition of a figure or a column, `strings/LANG.yml` `def_KEY`, with the
    /// limits and points of site.yml filled in: printed where the number appears, no script needed.
    func definition(_ key: String) -> String {
        let rules = site.content.config.assessment
        let green = format.integer(rules.greenLimit), yellow = format.integer(rules.yellowLimit)
        switch key {
        case "green_rate", "green", "all_green": return strings.format("def_" + key, ["green": green])
        case "yellow": return strings.format("def_yellow", ["yellow_from": format.integer(rules.greenLimit + 1), "yellow": yellow])
        case "gray": return strings.format("def_gray", ["yellow": yellow])
        case "complex_issues": return strings.format("def_complex_issues", ["points": format.weight(rules.complexIssuePoints)])
        default: return strings["def_" + key]
        }
    }

    /// The league's columns and marks, each with its definition, in the table's order.
    func leagueDefinitions() -> [Definition] {
        [("col_rank", "rank"), ("col_score", "score"), ("col_acceptance_rate", "acceptance_rate"), ("col_reply_rate", "reply_rate"),
         ("col_green_rate", "green_rate"), ("col_green", "green"), ("col_yellow", "yellow"), ("col_gray", "gray"),
         ("col_red", "red"), ("col_bonus", "bonus"), ("col_penalty", "penalty"), ("col_complex_issues", "complex_issues"),
         ("top_ten", "top_ten")].map { term, key in Definition(term: strings[term], text: definition(key)) }
    }
}
