/// Every input file, with its columns or keys: what Validate accepts (it reads the names
/// from here) and what docs/input-reference.md and docs/input-reference.zh.md list (written
/// from here by `InputReference`; InputReferenceTests fails when the committed files differ).
public enum InputDeclarations {
    /// Text in the reference's two languages.
    public struct Text: Sendable {
        public var zh: String
        public var en: String

        init(_ zh: String, _ en: String) {
            self.zh = zh
            self.en = en
        }

        func callAsFunction(_ language: String) -> String { language == "zh" ? zh : en }
    }

    /// A column of a table file or a key of a YAML file.
    public struct Field: Sendable {
        public var name: String
        public var isRequired: Bool
        public var format: Text
        /// What an empty cell or an absent key means; nil when there is nothing to say.
        public var empty: Text?
        public var meaning: Text
        /// The errors it can give, as printed (`X` stands for the value).
        public var errors: [String]
        /// The keys of its value: of the mapping itself, or of each mapping of its list when `isList`.
        public var fields: [Field]
        public var isList: Bool

        /// `keys` for a mapping value, `entries` for a list of mappings (at most one of the two).
        init(_ name: String, required: Bool, format: Text, empty: Text? = nil, meaning: Text, errors: [String] = [],
             keys: [Field] = [], entries: [Field] = []) {
            (self.name, isRequired, self.format, self.empty, self.meaning, self.errors) = (name, required, format, empty, meaning, errors)
            (fields, isList) = entries.isEmpty ? (keys, false) : (entries, true)
        }
    }

    /// A file of the content folder and its fields.
    public struct File: Sendable {
        /// As it lies in the content folder: `quarters/YYYY-QN/posts.csv`.
        public var path: String
        public var isRequired: Bool
        public var about: Text
        public var fields: [Field]

        var names: [String] { InputDeclarations.names(of: fields) }
        var requiredNames: [String] { fields.filter(\.isRequired).map(\.name) }
        var optionalNames: [String] { names.filter { !requiredNames.contains($0) } }

        /// The keys Validate accepts in the nested mapping at `path` (`assessment.lights`, or
        /// `rankings` for each ranking); a path the file does not declare is a programming error.
        func names(of path: String) -> [String] {
            var fields = self.fields
            for part in path.split(separator: ".") {
                guard let field = fields.first(where: { $0.name == part }) else { preconditionFailure("\(self.path) declares no \(path)") }
                fields = field.fields
            }
            return InputDeclarations.names(of: fields)
        }
    }

    /// The names as written; a pattern such as `name_LANG` (capitals stand for a part) is no name.
    static func names(of fields: [Field]) -> [String] {
        fields.map(\.name).filter { !$0.contains(where: \.isUppercase) }
    }

    static let timestamp = Text("`YYYY-MM-DDTHH:MM[:SS]`，站点时区；或加 `Z`、`±HH:MM`；xlsx 中也可为 Excel 日期",
                                "`YYYY-MM-DDTHH:MM[:SS]` in the site time zone, or with `Z` or `±HH:MM`; in .xlsx also an Excel date")
    static let day = Text("`YYYY-MM-DD`；xlsx 中也可为 Excel 日期", "`YYYY-MM-DD`; in .xlsx also an Excel date")
    static let textValue = Text("文本：字符串（默认语言）或 `{zh: …, en: …}`", "text: a string (default language) or `{zh: …, en: …}`")

    // MARK: - Tables (CSV or xlsx)

    public static let posts = File(path: "quarters/YYYY-QN/posts.csv", isRequired: true,
        about: Text("每条网民留言一行（或 posts.xlsx）。", "One row per citizen post (or posts.xlsx)."), fields: [
        Field("id", required: true, format: Text("文本，本期内唯一", "text, unique within the period"),
              meaning: Text("留言编号", "the post's id"), errors: ["missing id", "duplicate id \"X\""]),
        Field("channel", required: true, format: Text("site.yml 中的渠道 id", "a channel id of site.yml"),
              meaning: Text("留言渠道", "where the post was made"), errors: ["missing channel", "unknown channel \"X\""]),
        Field("department", required: true, format: Text("departments.csv 中的部门 id", "a department id of departments.csv"),
              meaning: Text("承办部门", "the department that answers it"),
              errors: ["missing department", "unknown department \"X\""]),
        Field("category", required: true, format: Text("site.yml 中的类别 id", "a category id of site.yml"),
              meaning: Text("留言类别", "the kind of post"), errors: ["missing category", "unknown category \"X\""]),
        Field("posted_at", required: true, format: timestamp, meaning: Text("发布时间，须在本期内", "when it was posted; inside the period"),
              errors: ["missing posted_at", "invalid posted_at \"X\"", "posted_at \"X\" is outside PERIOD"]),
        Field("accepted_at", required: false, format: timestamp, empty: Text("未受理", "not accepted"),
              meaning: Text("受理时间", "when it was accepted"),
              errors: ["invalid accepted_at \"X\"", "accepted_at \"X\" is earlier than posted_at \"Y\""]),
        Field("replied_at", required: false, format: timestamp, empty: Text("未回复", "no reply"),
              meaning: Text("回复时间", "when it was answered"),
              errors: ["invalid replied_at \"X\"", "replied_at \"X\" is earlier than posted_at \"Y\""]),
        Field("settled_at", required: false, format: timestamp, empty: Text("未办结；无此列则不公布办结数据", "not settled; without the column no settlement figures"),
              meaning: Text("办结时间", "when it was settled"),
              errors: ["invalid settled_at \"X\"", "settled_at \"X\" is earlier than posted_at \"Y\""]),
        Field("public", required: false, format: Text("`yes` 或 `no`，不分大小写", "`yes` or `no`, any letter case"), empty: Text("yes", "yes"),
              meaning: Text("是否公开；不公开的留言不显示标题和链接", "whether it is public; a non-public post shows no title or link"),
              errors: ["invalid public \"X\""]),
        Field("title", required: false, format: Text("文本（网民原文）", "text (the citizen's words)"),
              meaning: Text("留言标题", "the post's title")),
        Field("url", required: false, format: Text("`http` 或 `https` 网址", "an `http` or `https` address"),
              meaning: Text("留言板上的链接", "its link on the message board"), errors: ["url \"X\" is not http or https"]),
        Field("rating_ID", required: false, format: Text("1 至 5 的整数；ID 为 site.yml satisfaction 的维度", "a whole number 1 to 5; ID a dimension of site.yml satisfaction"),
              empty: Text("未评价", "no rating"), meaning: Text("满意度评价（星级）", "the satisfaction rating (stars)"),
              errors: ["invalid rating_ID \"X\"", "column \"rating_X\" names no satisfaction dimension"]),
    ])

    public static let adjustments = File(path: "quarters/YYYY-QN/adjustments.csv", isRequired: false,
        about: Text("加分与扣分（可选；或 adjustments.xlsx）。", "Bonus and penalty points (optional; or adjustments.xlsx)."), fields: [
        Field("department", required: true, format: Text("部门 id", "a department id"), meaning: Text("被加分或扣分的部门", "the department"),
              errors: ["unknown department \"X\""]),
        Field("date", required: true, format: day, meaning: Text("日期，须在本期内", "the date; inside the period"),
              errors: ["invalid date \"X\"", "date X is outside PERIOD"]),
        Field("kind", required: true, format: Text("`bonus` 或 `penalty`", "`bonus` or `penalty`"), meaning: Text("加分或扣分", "bonus or penalty"),
              errors: ["invalid kind \"X\""]),
        Field("points", required: true, format: Text("正小数，如 1.5", "a positive decimal such as 1.5"), meaning: Text("分值", "the points"),
              errors: ["invalid points \"X\""]),
        Field("reason", required: true, format: Text("文本", "text"), meaning: Text("原因", "why")),
        Field("source", required: true, format: Text("文本，如 netizen、media", "text, e.g. netizen, media"), meaning: Text("来源", "who reported it")),
    ])

    public static let departments = File(path: "departments.csv", isRequired: true,
        about: Text("部门名录，行序即官方顺序（或 departments.xlsx）。", "The department registry; the row order is the official order (or departments.xlsx)."), fields: [
        Field("id", required: true, format: Text("`[a-z0-9][a-z0-9-]*`，唯一", "`[a-z0-9][a-z0-9-]*`, unique"), meaning: Text("部门 id", "the department's id"),
              errors: ["invalid department id \"X\"", "duplicate department id \"X\""]),
        Field("name", required: true, format: Text("文本（默认语言）", "text (default language)"), meaning: Text("部门名称", "its name"),
              errors: ["missing name of department \"X\""]),
        Field("name_LANG", required: false, format: Text("文本，LANG 为 site.yml 的其他语言", "text; LANG another language of site.yml"),
              empty: Text("用 name", "name is used"), meaning: Text("其他语言的名称", "its name in that language")),
        Field("joined", required: false, format: day, empty: Text("未入驻平台", "not on the platform"), meaning: Text("入驻日期", "when it joined the platform"),
              errors: ["invalid joined date \"X\""]),
        Field("group", required: false, format: Text("site.yml department_groups 中的 id", "an id of site.yml department_groups"),
              empty: Text("列入“其他部门”", "listed under \"Other departments\""), meaning: Text("部门分组", "its group on the departments page"),
              errors: ["unknown department group \"X\"", "column \"group\" without department_groups in site.yml"]),
    ])

    // MARK: - YAML files and front matter

    public static let site = File(path: "site.yml", isRequired: true, about: Text("站点设置。", "The site's settings."), fields: [
        Field("title", required: true, format: textValue, meaning: Text("站点名称", "the site's name")),
        Field("base_url", required: true, format: Text("绝对网址，以 / 结尾", "an absolute address ending with /"), meaning: Text("站点地址", "where the site is published"),
              errors: ["base_url \"X\" is not an absolute http(s) URL", "base_url \"X\" does not end with \"/\""]),
        Field("languages", required: true, format: Text("语言代码列表", "a list of language codes"), meaning: Text("第一个为默认语言", "the first is the default language"),
              errors: ["languages is empty", "invalid language code \"X\"", "duplicate language \"X\""]),
        Field("timezone", required: true, format: Text("IANA 时区，如 Asia/Shanghai", "an IANA time zone such as Asia/Shanghai"),
              meaning: Text("无偏移时间按此时区读", "how times without an offset are read"), errors: ["unknown timezone \"X\""]),
        Field("channels", required: true, format: Text("`{id, name}` 列表", "a list of `{id, name}`"), meaning: Text("留言渠道", "the channels posts come from"), errors: ["channels is empty"], entries: namedItemKeys("channel")),
        Field("categories", required: true, format: Text("`{id, name, parent}` 列表（parent 可选）", "a list of `{id, name, parent}` (parent optional)"),
              meaning: Text("留言类别", "the kinds of post"), entries: categoryKeys),
        Field("assessment", required: false, format: Text("`{channels, lights, score, settle_within, thresholds}`", "`{channels, lights, score, settle_within, thresholds}`"),
              empty: Text("全部渠道；lights {green: 3, yellow: 5}；weights {acceptance_rate: 20, reply_rate: 30, green_rate: 50}", "all channels; lights {green: 3, yellow: 5}; weights {acceptance_rate: 20, reply_rate: 30, green_rate: 50}"),
              meaning: Text("考评规则", "the rating rules"), keys: assessmentKeys),
        Field("markdown", required: false, format: Text("`{unsafe_html: true|false}`", "`{unsafe_html: true|false}`"), empty: Text("false", "false"),
              meaning: Text("是否保留 Markdown 中的 HTML", "whether raw HTML in Markdown is kept"), keys: markdownKeys),
        Field("satisfaction", required: false, format: Text("`{dimensions, satisfied_from}`", "`{dimensions, satisfied_from}`"),
              empty: Text("不公布满意度", "no satisfaction figures"), meaning: Text("满意度维度", "the satisfaction dimensions"), keys: satisfactionKeys),
        Field("rankings", required: false, format: Text("`{id, title, channels, by, top}` 列表", "a list of `{id, title, channels, by, top}`"),
              meaning: Text("附加排行", "extra rankings"), entries: rankingKeys),
        Field("license", required: false, format: Text("`{name, path, title}`", "`{name, path, title}`"), empty: Text("不声明许可", "no licence stated"),
              meaning: Text("开放数据许可", "the open data's licence"), keys: licenseKeys),
        Field("department_groups", required: false, format: Text("`{id, name}` 列表", "a list of `{id, name}`"),
              meaning: Text("部门页的分组", "the groups of the departments page"),
              entries: namedItemKeys("department group", idErrors: ["invalid department group id \"X\""])),
        Field("open_data", required: false, format: Text("`{posts: true|false}`", "`{posts: true|false}`"), empty: Text("false", "false"),
              meaning: Text("是否公开逐条留言数据", "whether post-level open data is published"), keys: openDataKeys),
        Field("redirects", required: false, format: Text("`{旧路径: 新路径}`，如 `zh/2024-q3/complex/old/: zh/2024-q3/complex/new/`",
                                                         "`{OLD PATH: NEW PATH}`, e.g. `zh/2024-q3/complex/old/: zh/2024-q3/complex/new/`"),
              meaning: Text("页面改址后旧网址的跳转", "old addresses of moved pages, kept working")),
        Field("corrections_required", required: false, format: Text("`true` 或 `false`", "`true` or `false`"), empty: Text("false", "false"),
              meaning: Text("已发布的数字改变而无更正记录（或更正日期不晚于发布日期）时构建失败；否则只警告",
                            "a changed published figure without its correction (or a correction dated on or before published) fails the build; otherwise a warning"),
              errors: ["the published figures of PERIOD changed without a correction: X"]),
    ])

    public static let periodInfo = File(path: "quarters/YYYY-QN/quarter.yml", isRequired: true,
        about: Text("每期的日期（月报为 months/YYYY-MM/month.yml）。", "A period's dates (months/YYYY-MM/month.yml for a month)."), fields: [
        Field("as_of", required: true, format: Text("`YYYY-MM-DD`，不早于本期最后一天", "`YYYY-MM-DD`, not before the period's last day"),
              meaning: Text("统计截止日", "the day the status of posts is taken"),
              errors: ["as_of X is before the end of PERIOD (Y)", "no working-day calendar for YYYY"]),
        Field("published", required: true, format: Text("`YYYY-MM-DD`", "`YYYY-MM-DD`"), meaning: Text("发布日期", "the publication date")),
        Field("corrections", required: false, format: Text("`{date, text, changes}` 列表（changes：`{figure, old, new}` 列表）", "a list of `{date, text, changes}` (changes: a list of `{figure, old, new}`)"),
              meaning: Text("更正说明及其改动的数字", "correction notices and the figures they changed"), entries: correctionKeys),
    ])

    public static let calendar = File(path: "calendar/YYYY.yml", isRequired: true,
        about: Text("每年的工作日历；每期涉及的年份都须有。", "Each year's working-day calendar; every year a period touches needs one."), fields: [
        Field("holidays", required: false, format: Text("日期或 `A..B` 区间列表", "a list of dates or `A..B` ranges"), meaning: Text("节假日", "holidays"),
              errors: ["invalid date or range \"X\" in holidays", "range \"X\" ends before it starts", "\"X\" is outside YYYY"]),
        Field("workdays", required: false, format: Text("日期或 `A..B` 区间列表", "a list of dates or `A..B` ranges"), meaning: Text("调休上班的周末", "weekend days worked"),
              errors: ["invalid date or range \"X\" in workdays", "X is both a holiday and a workday"]),
    ])

    public static let complexIssue = File(path: "quarters/YYYY-QN/complex-issues/SLUG.md", isRequired: false,
        about: Text("疑难复杂诉求，front matter 之后为 Markdown 正文。", "A complex issue solved: front matter, then the story in Markdown."), fields: [
        Field("title", required: true, format: textValue, meaning: Text("标题", "its title")),
        Field("lead", required: true, format: Text("部门 id", "a department id"), meaning: Text("牵头部门", "the lead department"),
              errors: ["unknown department \"X\"", "lead differs from SLUG.md"]),
        Field("partners", required: false, format: Text("部门 id 列表", "a list of department ids"), meaning: Text("协办部门", "the departments that helped"),
              errors: ["unknown department \"X\"", "partners differs from SLUG.md"]),
        Field("location", required: false, format: textValue, meaning: Text("地点", "where")),
        Field("resolved", required: true, format: Text("`YYYY-MM-DD`", "`YYYY-MM-DD`"), meaning: Text("解决日期", "when it was resolved"),
              errors: ["resolved differs from SLUG.md"]),
    ])

    public static let complexIssueTranslation = File(path: "quarters/YYYY-QN/complex-issues/SLUG.LANG.md", isRequired: false,
        about: Text("同一诉求的另一语言译文：标题、地点和正文；lead、partners、resolved 可以照抄，但须与默认语言文件相同。",
                    "The same issue in another language: the title, the location and the story; lead, partners and resolved may be copied but must equal the default-language file's."), fields: [
        Field("title", required: false, format: textValue, empty: Text("用默认语言的标题", "the default-language title is used"), meaning: Text("标题", "its title")),
        Field("location", required: false, format: textValue, empty: Text("用默认语言的地点", "the default-language location is used"), meaning: Text("地点", "where")),
    ])

    public static let eReading = File(path: "e-reading/YYYY-MM.md", isRequired: false,
        about: Text("市政府工作E览，front matter 之后为正文。", "The Mayor's Work E-Reading of a month: front matter, then the text."), fields: [
        Field("title", required: true, format: textValue, meaning: Text("标题", "its title")),
        Field("officials", required: false, format: Text("`{name, role}` 列表", "a list of `{name, role}`"), meaning: Text("分管市领导", "the responsible officials"),
              entries: [
                  Field("name", required: true, format: textValue, meaning: Text("姓名", "the official's name")),
                  Field("role", required: true, format: textValue, meaning: Text("职务", "the official's role")),
              ]),
        Field("hits", required: false, format: Text("非负整数", "a whole number"), meaning: Text("浏览量", "page views")),
        Field("opinions", required: false, format: Text("非负整数", "a whole number"), meaning: Text("收到意见建议数", "opinions received")),
        Field("handled_within_days", required: false, format: Text("非负整数", "a whole number"), meaning: Text("办理时限（天）", "days to handle them")),
        Field("feedback", required: false, format: Text("`{email, phone}`", "`{email, phone}`"), meaning: Text("反馈渠道", "where to send feedback")),
    ])

    public static let eReadingTranslation = File(path: "e-reading/YYYY-MM.LANG.md", isRequired: false,
        about: Text("同月E览的另一语言译文：只有标题和正文，其余取自默认语言文件。", "The same month in another language: only the title and the text; the rest comes from the default-language file."), fields: [
        Field("title", required: false, format: textValue, empty: Text("用默认语言的标题", "the default-language title is used"), meaning: Text("标题", "its title")),
    ])

    public static let page = File(path: "pages/SLUG.md", isRequired: false,
        about: Text("自由页面，如“关于”。", "A free page such as About."), fields: [
        Field("title", required: false, format: textValue, empty: Text("用 SLUG", "SLUG is used"), meaning: Text("页面标题", "its title")),
    ])

    /// Every file, in the order of the reference.
    public static let all = [site, departments, calendar, periodInfo, posts, adjustments, complexIssue, complexIssueTranslation, eReading, eReadingTranslation, page]
}
