/// `data/datapackage.json`, a Frictionless Data Package v2 (https://datapackage.org/):
/// one table resource per CSV, each with a Table Schema built from the very
/// columns the CSV writer uses (`csvColumns`), so a new column needs no second edit.
extension OpenDataRenderer {
    static let profiles = "https://datapackage.org/profiles/2.0/"

    /// Table Schema constraints of a field.
    struct FieldConstraints: Sendable {
        var required = false
        var unique = false
        var minimum: Int?
        var maximum: Int?
        var pattern: String?
        /// `enum`: the only values allowed.
        var values: [String]?

        static let count = FieldConstraints(required: true, minimum: 0)
        /// A rate: empty (null) when its denominator is 0.
        static let percentage = FieldConstraints(minimum: 0, maximum: 100)
        static let departmentID = FieldConstraints(required: true, unique: true, pattern: "^[a-z0-9][a-z0-9-]*$")

        var json: JSONValue? {
            var members: [JSONMember] = []
            if required { members.append(JSONMember("required", .number("true"))) }  // a JSON literal, written as is
            if unique { members.append(JSONMember("unique", .number("true"))) }
            if let minimum { members.append(JSONMember("minimum", .integer(minimum))) }
            if let maximum { members.append(JSONMember("maximum", .integer(maximum))) }
            if let pattern { members.append(JSONMember("pattern", .string(pattern))) }
            if let values { members.append(JSONMember("enum", .array(values.map(JSONValue.string)))) }
            return members.isEmpty ? nil : .object(members)
        }
    }

    // MARK: - The registry

    /// `data/departments.csv`: the registry in registry order, `id`, `name` and
    /// `name_LANG` for each other language (falling back to `name`, as on the pages).
    /// The rows of the registry, the header first.
    static func registryRows(_ site: ComputedSite) -> [[String]] {
        let columns = registryColumns(site.content.config)
        return [columns.map(\.name)] + site.content.registry.departments.map { department in columns.map { $0.value(department) } }
    }

    private struct RegistryColumn {
        var name: String
        var description: String
        var constraints: FieldConstraints
        var value: (Department) -> String
    }

    private static func registryColumns(_ config: SiteConfig) -> [RegistryColumn] {
        let language = config.defaultLanguage
        return [RegistryColumn(name: "id", description: "Department id", constraints: .departmentID) { $0.id }]
            + config.languages.map { code in
                RegistryColumn(name: code == language ? "name" : "name_\(code)", description: "Department name (\(code))",
                               constraints: FieldConstraints(required: true)) {
                    $0.name.resolved(in: code, defaultLanguage: language).text
                }
            }
    }

    // MARK: - datapackage.json

    static func dataPackage(_ site: ComputedSite) -> JSONValue {
        let config = site.content.config
        let language = config.defaultLanguage
        let registryFields = registryColumns(config).map { field($0.name, "string", $0.description, $0.constraints) }
        let registry = resource(name: "departments", title: "Department registry", path: "departments.csv",
                                schema: schema(registryFields, foreignKeys: []))
        let departmentKey = JSONValue.object([
            JSONMember("fields", .array([.string("department")])),
            JSONMember("reference", .object([
                JSONMember("resource", .string("departments")), JSONMember("fields", .array([.string("id")])),
            ])),
        ])
        let posts = config.openData.posts ? site.periods.map { period in
            resource(name: "posts-\(period.id.slug)", title: "Posts \(period.id), desensitised", path: "\(period.id.slug)/posts.csv",
                     schema: schema(postColumns(for: period, config: config).map { field($0.name, $0.type, $0.description, $0.constraints) },
                                    foreignKeys: [departmentKey]))
        } : []
        let leagues = site.periods.map { quarter in
            let leagueFields = csvColumns(columns(for: quarter, config: config), language: language)
                .map { field($0.name, $0.type, $0.description, $0.constraints) }
            return resource(name: "departments-\(quarter.id.slug)", title: "Department league \(quarter.id)",
                     path: "\(quarter.id.slug)/departments.csv",
                     schema: schema(leagueFields, foreignKeys: [.object([
                         JSONMember("fields", .array([.string("id")])),
                         JSONMember("reference", .object([
                             JSONMember("resource", .string("departments")), JSONMember("fields", .array([.string("id")])),
                         ])),
                     ])]))
        }
        let adjustments = site.periods.map { period in
            resource(name: "adjustments-\(period.id.slug)", title: "Bonus and penalty points \(period.id), with their reasons",
                     path: "\(period.id.slug)/adjustments.csv",
                     schema: schema(adjustmentColumns.map { field($0.name, $0.type, $0.description, $0.constraints) },
                                    primaryKey: [], foreignKeys: [departmentKey]))
        }
        let sources = config.channels.map { channel in
            JSONValue.object([JSONMember("title", .string(channel.name.resolved(in: language, defaultLanguage: language).text))])
        }
        var members = [
            JSONMember("$schema", .string(profiles + "datapackage.json")),
            JSONMember("name", .string(packageName)),
            JSONMember("title", .string(config.title.resolved(in: language, defaultLanguage: language).text)),
            JSONMember("homepage", .string(config.baseURL)),
            JSONMember("version", .string(version(site))),
        ]
        if let license = config.license {
            members.append(JSONMember("licenses", .array([.object(
                [license.name.map { JSONMember("name", .string($0)) }, license.path.map { JSONMember("path", .string($0)) },
                 license.title.map { JSONMember("title", .string($0)) }].compactMap { $0 })])))
        }
        members.append(JSONMember("sources", .array(sources)))
        // Each CSV has its .xlsx twin, the same table under the same schema (docs/archiving.md §5).
        let tables = [registry] + leagues + adjustments + posts
        members.append(JSONMember("resources", .array(tables + tables.map(workbookResource))))
        return .object(members)
    }

    /// `1.PERIODS.CORRECTIONS`, semantic versioning read as the data changes: a new
    /// period adds resources (minor), a correction changes published figures (patch).
    static func version(_ site: ComputedSite) -> String {
        "1.\(site.periods.count).\(site.periods.reduce(0) { $0 + $1.info.corrections.count })"
    }

    private static func field(_ name: String, _ type: String, _ description: String, _ constraints: FieldConstraints) -> JSONValue {
        .object([JSONMember("name", .string(name)), JSONMember("type", .string(type)),
                 JSONMember("description", .string(description))]
            + (constraints.json.map { [JSONMember("constraints", $0)] } ?? []))
    }

    /// `primaryKey`: none for a table whose rows have no key of their own (two identical adjustments may be given).
    private static func schema(_ fields: [JSONValue], primaryKey: [String] = ["id"], foreignKeys: [JSONValue]) -> JSONValue {
        .object([JSONMember("$schema", .string(profiles + "tableschema.json")), JSONMember("fields", .array(fields)),
                 JSONMember("missingValues", .array([.string("")]))]
            + (primaryKey.isEmpty ? [] : [JSONMember("primaryKey", .array(primaryKey.map(JSONValue.string)))])
            + (foreignKeys.isEmpty ? [] : [JSONMember("foreignKeys", .array(foreignKeys))]))
    }

    static let workbookMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The `.xlsx` resource of a CSV resource: `-xlsx` after its name, its schema.
    private static func workbookResource(_ csv: JSONValue) -> JSONValue {
        guard case .object(let members) = csv else { return csv }
        return .object(members.compactMap { member in
            switch member.key {
            case "name", "path":
                guard case .string(let value) = member.value else { return member }
                return JSONMember(member.key, .string(member.key == "name" ? value + "-xlsx"
                                                      : String(value.dropLast(".csv".count)) + ".xlsx"))
            case "title":
                guard case .string(let value) = member.value else { return member }
                return JSONMember("title", .string(value + " (Excel)"))
            case "format": return JSONMember("format", .string("xlsx"))
            case "mediatype": return JSONMember("mediatype", .string(workbookMediaType))
            case "encoding": return nil
            default: return member
            }
        })
    }

    private static func resource(name: String, title: String, path: String, schema: JSONValue) -> JSONValue {
        .object([
            JSONMember("$schema", .string(profiles + "dataresource.json")),
            JSONMember("name", .string(name)),
            JSONMember("type", .string("table")),
            JSONMember("title", .string(title)),
            JSONMember("path", .string(path)),
            JSONMember("format", .string("csv")),
            JSONMember("mediatype", .string("text/csv")),
            JSONMember("encoding", .string("utf-8")),
            JSONMember("schema", schema),
        ])
    }
}
