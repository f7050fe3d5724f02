// The keys of the nested mappings of site.yml and quarter.yml, apart from the file
// lists so that each file's top-level keys stay one line each.
extension InputDeclarations {
    static let rateName: [RateKind: Text] = [
        .acceptanceRate: Text("受理率", "acceptance rate"), .replyRate: Text("回复率", "reply rate"),
        .greenRate: Text("绿灯率", "green rate"), .yellowRate: Text("黄灯率", "yellow rate"),
        .grayRate: Text("灰灯率", "gray rate"), .redRate: Text("红灯率", "red rate"),
        .settleRate: Text("办结率", "settlement rate"), .satisfactionRate: Text("满意率", "satisfaction rate"),
    ]

    /// One key per rate, as `weights` and `thresholds` take them.
    static func rateKeys(format: Text, meaning: (Text) -> Text) -> [Field] {
        RateKind.allCases.map { Field($0.rawValue, required: false, format: format, meaning: meaning(rateName[$0]!)) }
    }

    /// A channel, category, satisfaction dimension or department group: `singular` as the errors name it.
    static func namedItemKeys(_ singular: String, idErrors: [String] = []) -> [Field] {
        [Field("id", required: true, format: Text("文本，唯一", "text, unique"), meaning: Text("id，posts.csv 等处引用", "the id other files use"),
               errors: ["duplicate \(singular) id \"X\""] + idErrors),
         Field("name", required: true, format: textValue, meaning: Text("显示名称", "the name shown"))]
    }

    static let categoryKeys = namedItemKeys("category") + [
        Field("parent", required: false, format: Text("另一个无 parent 的类别 id", "the id of another category without a parent"),
              empty: Text("大类", "a top-level category"), meaning: Text("所属大类", "the category it belongs to"),
              errors: ["unknown parent \"X\" of category \"Y\"", "parent \"X\" of category \"Y\" has a parent itself"]),
    ]

    static let assessmentKeys = [
        Field("channels", required: false, format: Text("渠道 id 列表", "a list of channel ids"),
              empty: Text("全部渠道", "all channels"), meaning: Text("计入亮灯、比率、排名和红绿榜的渠道", "the channels counted for lights, rates, league and lists"),
              errors: ["unknown channel \"X\"", "duplicate channel \"X\" in assessment.channels", "assessment.channels is empty"]),
        Field("lights", required: false, format: Text("`{green, yellow}`", "`{green, yellow}`"), meaning: Text("亮灯的工作日时限", "the working-day limits of the lights"),
              keys: [
                  Field("green", required: false, format: Text("非负整数（工作日，含）", "a whole number (working days, inclusive)"),
                        empty: Text("3", "3"), meaning: Text("绿灯时限", "the green limit")),
                  Field("yellow", required: false, format: Text("非负整数（工作日，含）", "a whole number (working days, inclusive)"),
                        empty: Text("5", "5"), meaning: Text("黄灯时限", "the yellow limit")),
              ]),
        Field("score", required: false, format: Text("`{weights, complex_issue_points}`", "`{weights, complex_issue_points}`"),
              meaning: Text("得分规则", "how the score is made"),
              keys: [
                  Field("weights", required: false, format: Text("`{比率: 权重}`", "`{RATE: weight}`"),
                        empty: Text("{acceptance_rate: 20, reply_rate: 30, green_rate: 50}；写出则整体替换", "{acceptance_rate: 20, reply_rate: 30, green_rate: 50}; a map written replaces it whole"),
                        meaning: Text("各比率的权重", "the weight of each rate"),
                        keys: rateKeys(format: Text("小数，可为负", "a decimal, may be negative")) { Text("\($0.zh)的权重", "the weight of the \($0.en)") }),
                  Field("complex_issue_points", required: false, format: Text("小数", "a decimal"), empty: Text("1", "1"),
                        meaning: Text("每件疑难复杂诉求的加分", "the points per complex issue solved")),
              ]),
        Field("settle_within", required: false, format: Text("递增的正整数列表（工作日）", "an ascending list of positive whole numbers (working days)"),
              empty: Text("[1, 3]", "[1, 3]"), meaning: Text("办结时限", "the settlement limits"),
              errors: ["assessment.settle_within is empty", "assessment.settle_within limit 0 is not positive",
                       "assessment.settle_within is not ascending: X follows Y"]),
        Field("thresholds", required: false, format: Text("`{比率: 值}`", "`{RATE: value}`"), empty: Text("无", "none"),
              meaning: Text("比率低于此值的部门被点名", "departments whose rate is below the value are named"),
              keys: rateKeys(format: Text("小数", "a decimal")) { Text("\($0.zh)的门槛", "the \($0.en) threshold") }),
    ]

    static let markdownKeys = [
        Field("unsafe_html", required: false, format: Text("`true` 或 `false`", "`true` or `false`"), empty: Text("false", "false"),
              meaning: Text("是否保留 Markdown 中的 HTML", "whether raw HTML in Markdown is kept")),
    ]

    static let satisfactionKeys = [
        Field("dimensions", required: true, format: Text("1 至 8 个 `{id, name}`", "a list of 1 to 8 `{id, name}`"),
              meaning: Text("评价维度；posts.csv 的 rating_ID 列", "the rated dimensions; posts.csv's rating_ID columns"),
              errors: ["satisfaction.dimensions lists X dimensions"], entries: namedItemKeys("dimension")),
        Field("satisfied_from", required: false, format: Text("1 至 5 的小数", "a decimal from 1 to 5"), empty: Text("4", "4"),
              meaning: Text("平均星级达到此值即为满意", "a mean rating from this value on is satisfied"),
              errors: ["satisfaction.satisfied_from X is outside 1 to 5"]),
    ]

    static let rankingKeys = [
        Field("id", required: true, format: Text("`[a-z0-9][a-z0-9-]*`，唯一", "`[a-z0-9][a-z0-9-]*`, unique"), meaning: Text("排行 id", "the ranking's id"),
              errors: ["invalid ranking id \"X\"", "duplicate ranking id \"X\""]),
        Field("title", required: true, format: textValue, meaning: Text("排行标题", "its title")),
        Field("channels", required: false, format: Text("渠道 id 列表", "a list of channel ids"), empty: Text("考评渠道", "the assessed channels"),
              meaning: Text("计入排行的渠道", "the channels it counts"),
              errors: ["unknown channel \"X\" in ranking", "ranking channels is empty"]),
        Field("by", required: true, format: Text("summary.json 的数字名，如 green_rate", "a figure of summary.json such as green_rate"),
              meaning: Text("排序依据", "what it ranks by"), errors: ["unknown ranking by \"X\""]),
        Field("top", required: false, format: Text("正整数", "a positive whole number"), empty: Text("全部部门", "every department"),
              meaning: Text("列出的部门数", "how many departments it lists"), errors: ["ranking top 0 keeps nothing"]),
    ]

    static let licenseKeys = [
        Field("name", required: false, format: Text("许可 id，如 CC-BY-4.0", "a licence id such as CC-BY-4.0"), meaning: Text("许可名称", "the licence's id"),
              errors: ["license.name \"X\" is not a licence id", "license has neither name nor path"]),
        Field("path", required: false, format: Text("`http` 或 `https` 网址", "an `http` or `https` address"), meaning: Text("许可文本的地址", "where the licence text is"),
              errors: ["license.path \"X\" is not an http(s) URL"]),
        Field("title", required: false, format: Text("文本", "text"), meaning: Text("许可的标题", "the licence's title")),
    ]

    static let openDataKeys = [
        Field("posts", required: false, format: Text("`true` 或 `false`", "`true` or `false`"), empty: Text("false", "false"),
              meaning: Text("是否公开逐条留言（posts.csv）", "whether each post is published (posts.csv)")),
    ]

    static let correctionKeys = [
        Field("date", required: true, format: Text("`YYYY-MM-DD`，晚于 published", "`YYYY-MM-DD`, after published"), meaning: Text("更正日期", "the correction's date"),
              errors: ["correction dated X is not after the publication on Y"]),
        Field("text", required: true, format: textValue, meaning: Text("更正说明", "what was corrected")),
        Field("changes", required: false, format: Text("`{figure, old, new}` 列表", "a list of `{figure, old, new}`"),
              meaning: Text("改动的数字", "the figures it changed"), entries: [
                  Field("figure", required: true, format: Text("summary.json 中的数字路径，如 assessment.replied", "a figure path of summary.json such as assessment.replied"),
                        meaning: Text("改动的数字", "the figure")),
                  Field("old", required: true, format: Text("数字、null、文本或 id 列表，同开放数据", "a number, null, text or a list of ids, as in the open data"),
                        meaning: Text("原值；原未公布写 null", "the value before; null if it was not published"),
                        errors: ["missing old", "invalid old value of X"]),
                  Field("new", required: true, format: Text("数字、null、文本或 id 列表，同开放数据", "a number, null, text or a list of ids, as in the open data"),
                        meaning: Text("新值；不再公布写 null", "the value after; null if it is no longer published"),
                        errors: ["missing new", "invalid new value of X"]),
              ]),
    ]
}
