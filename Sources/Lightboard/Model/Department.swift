/// A row of departments.csv.
public struct Department: Hashable, Sendable {
    public var id: String
    /// `name` in the default language, `name_LANG` for the others (empty cells omitted).
    public var name: LocalizedText
    /// Position in departments.csv: the official order that breaks every tie.
    public var registryIndex: Int
    /// The date it claimed its account on the platform (contract §10); nil when not joined.
    public var joined: Day? = nil
    /// The index in `SiteConfig.departmentGroups` of its `group` cell; nil when the cell is empty or the column absent.
    public var group: Int? = nil
}

/// departments.csv in registry order.
public struct DepartmentRegistry: Sendable {
    public private(set) var departments: [Department]
    /// Whether departments.csv has a `joined` column (contract §10).
    public var hasJoinedColumn = false
    /// Ids of departments.csv rows rejected for an error already reported there: a post
    /// naming one is not reported again as an unknown department (one line per cause).
    public var rejectedIDs: Set<String> = []
    private var indexByID: [String: Int]

    public init(_ departments: [Department]) {
        self.departments = departments
        indexByID = Dictionary(departments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func index(of id: String) -> Int? { indexByID[id] }
    public func department(_ id: String) -> Department? { indexByID[id].map { departments[$0] } }
}

extension DepartmentRegistry {
    /// The hint for a department column that names no department: its id when the
    /// text is a department's name in any language ("宁波市公安局"), else the closest id.
    public func hint(forUnknown text: String) -> String? {
        let trimmed = String(text.trimmingSpaces)
        if let named = departments.first(where: { $0.name.texts.values.contains(trimmed) }) {
            return "\"\(trimmed)\" is the name of department \"\(named.id)\": write its id \(named.id)"
        }
        return Suggestion.didYouMean(text, among: departments.map(\.id))
    }
}
