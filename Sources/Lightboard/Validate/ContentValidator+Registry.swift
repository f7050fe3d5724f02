import Yams

extension ContentValidator {
    /// departments.csv (or departments.xlsx) in registry order; nil if the file is missing or unreadable.
    /// `groups` are site.yml's `department_groups`, which a `group` cell names by id
    /// (nil when site.yml is unusable: the cells are then not checked).
    mutating func validateDepartments(groups: [NamedItem]?) -> DepartmentRegistry? {
        guard let table = raw.departments else { return nil }
        let location = table.location
        let checksGroups = groups != nil
        let translatedColumns = languages.dropFirst().map { "name_\($0)" }
        let headerProblems = diagnostics.diagnostics.count
        let columns = CSVColumns(header: table.header, required: InputDeclarations.departments.requiredNames,
                                 optional: translatedColumns + InputDeclarations.departments.optionalNames,
                                 file: table.file, diagnostics: &diagnostics)
        location.placeHeaderProblems(&diagnostics, after: headerProblems)
        guard let columns else { return nil }
        let groups = groups ?? []
        if columns["group"] != nil, groups.isEmpty, checksGroups {
            diagnostics.report(location.diagnostic(line: 1, column: columns["group"], "column \"group\" without department_groups in site.yml",
                               hint: "declare the groups in site.yml, e.g. department_groups: [{id: districts, name: {zh: 区县（市）, en: Districts and counties}}]"))
        }
        let groupIndexByID = Dictionary(groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var departments: [Department] = []
        var rejectedIDs: Set<String> = []
        var lineByID: [String: Int] = [:]
        var problems = RepeatedProblems()
        for record in table.records {
            let errorsBefore = diagnostics.diagnostics.count
            defer { problems.collapse(&diagnostics, after: errorsBefore) }
            func report(_ column: String, _ message: String, hint: String? = nil) {
                diagnostics.report(location.diagnostic(line: record.line, column: columns[column], message, hint: hint))
            }
            let id = record.field(columns["id"])
            let name = record.field(columns["name"])
            var valid = true
            if !ContentName.isIdentifier(id) {
                report("id", "invalid department id \"\(id)\"", hint: ContentName.identifierHint)
                valid = false
            } else if let firstLine = lineByID[id] {
                report("id", "duplicate department id \"\(id)\"", hint: "first defined on line \(firstLine)")
                valid = false
            }
            if name.isEmpty {
                report("name", "missing name of department \"\(id)\"")
                valid = false
            }
            var joined: Day?
            let joinedText = record.field(columns["joined"])
            if !joinedText.isEmpty {
                joined = Day(iso: joinedText)
                if joined == nil {
                    report("joined", "invalid joined date \"\(joinedText)\"",
                           hint: "expected YYYY-MM-DD, or an empty cell for a department not on the platform")
                }
            }
            var group: Int?
            let groupID = record.field(columns["group"])
            if !groupID.isEmpty, !groups.isEmpty {
                group = groupIndexByID[groupID]
                if group == nil {
                    report("group", "unknown department group \"\(groupID)\"",
                           hint: Suggestion.didYouMean(groupID, among: groups.map(\.id))
                               ?? "department_groups in site.yml are \(Suggestion.quoted(groups.map(\.id)))")
                }
            }
            guard valid else {
                if !id.isEmpty, lineByID[id] == nil { rejectedIDs.insert(id) }
                continue
            }
            lineByID[id] = record.line
            var names = [languages.first ?? "": name]
            for language in languages.dropFirst() {
                let translated = record.field(columns["name_\(language)"])
                if !translated.isEmpty { names[language] = translated }
            }
            departments.append(Department(id: id, name: LocalizedText(names), registryIndex: departments.count,
                                          joined: joined, group: group))
        }
        problems.flush(into: &diagnostics)
        diagnostics.merge(table.readingProblems)
        guard table.readingProblems.isEmpty else { return nil }
        var registry = DepartmentRegistry(departments)
        registry.hasJoinedColumn = columns["joined"] != nil
        registry.rejectedIDs = rejectedIDs
        return registry
    }

    /// calendar/YYYY.yml files, all merged.
    mutating func validateCalendar() -> WorkingCalendar {
        var calendar = WorkingCalendar()
        for (year, file) in raw.calendar {
            // The year has its file: a broken one is reported there, not also as a missing calendar.
            calendar.years.insert(year)
            guard let (mapping, yaml) = yamlFile(file, allowedKeys: InputDeclarations.calendar.names) else { continue }
            var holidayLines: [Day: Int] = [:]
            for (day, line) in validateCalendarDays(mapping, key: "holidays", year: year, yaml) {
                holidayLines[day] = line
                calendar.holidays.insert(day)
            }
            for (day, line) in validateCalendarDays(mapping, key: "workdays", year: year, yaml) {
                if let holidayLine = holidayLines[day] {
                    diagnostics.report(file: yaml.file, line: line, "\(day) is both a holiday and a workday",
                                       hint: "it is listed in holidays on line \(holidayLine)")
                }
                calendar.workdays.insert(day)
            }
        }
        return calendar
    }

    /// The dates of a list of `YYYY-MM-DD` and inclusive `A..B` ranges, each with its line.
    private mutating func validateCalendarDays(_ mapping: YAMLMapping, key: String, year: Int, _ yaml: YAMLReader) -> [(Day, Int)] {
        guard let node = yaml.value(key, in: mapping, required: false, diagnostics: &diagnostics),
              let items = yaml.list(node, name: key, diagnostics: &diagnostics) else { return [] }
        var days: [(Day, Int)] = []
        for item in items {
            let line = yaml.line(of: item)
            let text = item.scalar?.string ?? ""
            let bounds = text.components(separatedBy: "..").map { $0.trimmingSpaces }
            guard (1...2).contains(bounds.count), let first = Day(iso: bounds[0]), let last = Day(iso: bounds[bounds.count - 1]) else {
                diagnostics.report(file: yaml.file, line: line, "invalid date or range \"\(text)\" in \(key)",
                                   hint: "write YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD")
                continue
            }
            guard first <= last else {
                diagnostics.report(file: yaml.file, line: line, "range \"\(text)\" ends before it starts")
                continue
            }
            guard first.year == year, last.year == year else {
                diagnostics.report(file: yaml.file, line: line, "\"\(text)\" is outside \(year)",
                                   hint: "put it in calendar/\((first.year == year ? last : first).year).yml")
                continue
            }
            for ordinal in first.ordinal...last.ordinal { days.append((Day(ordinal: ordinal), line)) }
        }
        return days
    }
}
