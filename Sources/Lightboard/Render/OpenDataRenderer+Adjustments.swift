/// `data/SLUG/adjustments.csv`, `.json` and `.xlsx`: every bonus and penalty of a period with
/// its reason and source, in `Rankings.adjustments` order (date, registry order, file order),
/// so a reader can see why each department gained or lost points and add them up to the
/// `bonus` and `penalty` of departments.json. Rows of a department outside the league are
/// listed too (they have no effect on any score). A period without adjustments publishes
/// the header alone and `[]`: the files of every period are the same set.
extension OpenDataRenderer {
    /// A column of adjustments.csv / a member of each adjustments.json element, and its Frictionless field.
    struct AdjustmentColumn: Sendable {
        var name: String
        var type: String
        var description: String
        var constraints: FieldConstraints
        var value: @Sendable (Adjustment) -> JSONValue
    }

    /// The input columns of adjustments.csv, in its documented order.
    static let adjustmentColumns: [AdjustmentColumn] = [
        AdjustmentColumn(name: "department", type: "string", description: "Department id from departments.csv",
                         constraints: FieldConstraints(required: true, pattern: FieldConstraints.departmentID.pattern)) {
            .string($0.department)
        },
        AdjustmentColumn(name: "date", type: "date", description: "Day the points were given",
                         constraints: FieldConstraints(required: true)) { .string($0.date.description) },
        AdjustmentColumn(name: "kind", type: "string", description: "bonus (points added) or penalty (points taken off)",
                         constraints: FieldConstraints(required: true, values: ["bonus", "penalty"])) { .string($0.kind.rawValue) },
        AdjustmentColumn(name: "points", type: "number",
                         description: "Points, positive, exact as in the press office's adjustments.csv (at least one decimal, at most six)",
                         constraints: FieldConstraints(required: true, minimum: 0)) { .number(NumberText.exact($0.points, minimumDecimals: 1)) },
        AdjustmentColumn(name: "reason", type: "string", description: "Why, as the press office wrote it; empty if not given",
                         constraints: FieldConstraints()) { .string($0.reason) },
        AdjustmentColumn(name: "source", type: "string",
                         description: "Who reported it, as the press office wrote it (e.g. netizen, media); empty if not given",
                         constraints: FieldConstraints()) { .string($0.source) },
    ]

    /// adjustments.json, adjustments.csv and adjustments.xlsx of one period.
    static func adjustmentFiles(_ period: PeriodResult) -> [RenderedFile] {
        let folder = "data/\(period.id.slug)/"
        let json = JSONValue.array(period.adjustments.map { adjustment in
            .object(adjustmentColumns.map { JSONMember($0.name, $0.value(adjustment)) })
        })
        let rows = [adjustmentColumns.map(\.name)]
            + period.adjustments.map { adjustment in adjustmentColumns.map { csvCell($0.value(adjustment), column: $0.name) } }
        return [RenderedFile(path: folder + "adjustments.json", text: json.prettyText),
                RenderedFile(path: folder + "adjustments.csv", text: rows.map(CSVText.row).joined()),
                workbook(folder + "adjustments.xlsx", rows: rows, types: adjustmentColumns.map(\.type), sheetName: "adjustments")]
    }
}
