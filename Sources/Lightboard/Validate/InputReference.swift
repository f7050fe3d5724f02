/// docs/input-reference.md (English) and docs/input-reference.zh.md (Chinese): every input
/// file with its columns or keys, formats, defaults and errors, written from `InputDeclarations`,
/// the lists Validate checks against.
public enum InputReference {
    public static let languages = ["en", "zh"]

    /// The reference's path in the repository for `language`.
    public static func path(_ language: String) -> String {
        language == "en" ? "docs/input-reference.md" : "docs/input-reference.\(language).md"
    }

    public static func markdown(_ language: String) -> String {
        let zh = language == "zh"
        var text = zh
            ? "# 输入文件参考\n\n<!-- 由 InputDeclarations.swift 生成（InputReference.swift）；请勿手改，InputReferenceTests 会检查。 -->\n\n"
                + "内容文件夹中的每个文件、每一列或每个键：格式、空值或缺省时的含义、可能的错误。"
                + "表格文件可用 CSV（UTF-8）或 Excel 的 .xlsx（见 content.md“Spreadsheets”）；"
                + "错误信息格式为 `文件:行: error: 信息`（xlsx 为 `文件:工作表!单元格`），X 代表具体的值。"
                + "设置内部的键用点连写（`assessment.lights.green`），`[]` 表示列表中的每一项（`rankings[].id`）；"
                + "表中未列出的键报错 `unknown key \"X\" in 位置` 并提示相近的键，缺少必需的键报错 `missing 键`。"
                + "English: [input-reference.md](input-reference.md).\n"
            : "# Input reference\n\n<!-- Generated from InputDeclarations.swift (InputReference.swift); do not edit, InputReferenceTests checks it. -->\n\n"
                + "Every file of the content folder with its columns or keys: format, what an empty cell or an absent key "
                + "means, and the errors it can give. Table files may be CSV (UTF-8) or Excel .xlsx (content.md, "
                + "\"Spreadsheets\"); errors read `FILE:LINE: error: MESSAGE` (`FILE:SHEET!CELL` in a workbook), X standing for the value. "
                + "Keys inside a setting are written with dots (`assessment.lights.green`), `[]` standing for each entry of a list (`rankings[].id`); "
                + "a key the tables do not list is the error `unknown key \"X\" in PLACE` with the nearest key suggested, a missing required key `missing KEY`. "
                + "中文：[input-reference.zh.md](input-reference.zh.md).\n"
        for file in InputDeclarations.all {
            text += "\n## `\(file.path)`\n\n\(file.about(language)) "
            text += file.isRequired ? (zh ? "必需。\n\n" : "Required.\n\n") : (zh ? "可选。\n\n" : "Optional.\n\n")
            text += zh ? "| 名称 | 必需 | 格式 | 空或缺省 | 含义 | 错误 |\n|---|---|---|---|---|---|\n"
                : "| name | required | format | empty or absent | meaning | errors |\n|---|---|---|---|---|---|\n"
            text += rows(file.fields, prefix: "", language)
        }
        return text
    }

    /// One row per field, then its nested keys as `assessment.lights.green` (or `rankings[].id` in a list's entries).
    private static func rows(_ fields: [InputDeclarations.Field], prefix: String, _ language: String) -> String {
        let zh = language == "zh"
        return fields.map { field in
            let cells = ["`\(prefix)\(field.name)`", field.isRequired ? (zh ? "是" : "yes") : (zh ? "否" : "no"), field.format(language),
                         field.empty?(language) ?? "", field.meaning(language),
                         field.errors.map { "`\($0)`" }.joined(separator: "<br>")]
            return "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
                + rows(field.fields, prefix: prefix + field.name + (field.isList ? "[]." : "."), language)
        }.joined()
    }
}
