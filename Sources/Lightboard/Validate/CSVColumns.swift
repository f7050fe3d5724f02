/// Positions of the named columns in a CSV header (column order is free,
/// unknown columns are ignored).
struct CSVColumns {
    private var indexByName: [String: Int]

    /// Maps `required` and `optional` names to their positions; reports every
    /// missing required column at line 1 and returns nil if there is one.
    init?(header: [String], required: [String], optional: [String] = [], file: String, diagnostics: inout DiagnosticBag) {
        var indexByName: [String: Int] = [:]
        for (index, name) in header.enumerated() where indexByName[name] == nil {
            indexByName[name] = index
        }
        var complete = true
        let wanted = Set(required + optional)
        // A header cell that is no column of the file ("Posted_at") is what to rename.
        let strays = header.filter { !$0.isEmpty && !wanted.contains($0) }
        for name in required where indexByName[name] == nil {
            complete = false
            let known = header.filter { !$0.isEmpty }
            let hint = Suggestion.closest(to: name, among: strays).map { "rename column \"\($0)\" to \"\(name)\"" }
            diagnostics.report(file: file, line: 1, "missing required column \"\(name)\"",
                               hint: hint ?? "the header has \(Suggestion.quoted(known))")
        }
        guard complete else { return nil }
        self.indexByName = indexByName.filter { wanted.contains($0.key) }
    }

    subscript(name: String) -> Int? { indexByName[name] }
}

extension CSVRecord {
    /// The field of a column, or "" for an optional column the file does not have.
    func field(_ index: Int?) -> String { index.map { fields[$0] } ?? "" }
}

extension CSVRow {
    /// The bytes of a column's field, or none for an optional column the file does not have.
    func field(_ index: Int?) -> UnsafeBufferPointer<UInt8> { index.map { self[$0] } ?? UnsafeBufferPointer(start: nil, count: 0) }

    /// The field of a column as a String, or "" for an optional column the file does not have.
    func string(_ index: Int?) -> String { index.map(string) ?? "" }
}
