/// How a value of the open data is named, one rule for the figures a text names (`FigureTable`,
/// `{{figure NAME}}`) and the figures a correction records (`PublishedFigures`): its keys joined by
/// dots; in a list of objects, each object by its `id` (channels, categories, dimensions, departments)
/// or, for the thresholds of `below_thresholds`, which have none, by their `rate`, that key left out.
/// Any other list (`assessment.top_red`, a threshold's departments) is one value; an empty list none.
extension JSONValue {
    /// Calls `body` with the path and value of every named value under `prefix`, in file order.
    func forEachNamedValue(prefix: [String] = [], _ body: (_ path: [String], _ value: JSONValue) -> Void) {
        switch self {
        case .object(let members):
            for member in members { member.value.forEachNamedValue(prefix: prefix + [member.key], body) }
        case .array(let elements) where elements.isEmpty:
            break
        case .array(let elements):
            let keyed = elements.map(\.nameKey)
            guard keyed.allSatisfy({ $0 != nil }) else { return body(prefix, self) }
            for case (.object(let members), let (key, name)?) in zip(elements, keyed) {
                JSONValue.object(members.filter { $0.key != key }).forEachNamedValue(prefix: prefix + [name], body)
            }
        default:
            body(prefix, self)
        }
    }

    /// The key an object of a list is named by, and its value: `id`, else `rate`.
    private var nameKey: (key: String, name: String)? {
        guard case .object(let members) = self else { return nil }
        for key in ["id", "rate"] {
            if case .string(let name)? = members.first(where: { $0.key == key })?.value { return (key, name) }
        }
        return nil
    }
}
