import XCTest
@testable import Lightboard

/// site.yml `department_groups` and the optional `group` column of departments.csv.
final class LoadDepartmentGroupsTests: XCTestCase {
    private static let groups = """
        department_groups:
          - {id: districts, name: {zh: 区县, en: Districts}}
          - {id: bureaus, name: {zh: 部门, en: Bureaus}}

        """  // lines 11-13 of site.yml

    private func content(groups: String = groups, departments: String) -> [String: String?] {
        ["site.yml": minimalContent["site.yml"]! + groups, "departments.csv": departments]
    }

    func testGroupsAreReadInOrderAndCellsNameThem() throws {
        let (content, diagnostics) = try loadContent(content(
            departments: "id,name,group\nyinzhou,鄞州区,districts\nhaishu,海曙区,\npsb,公安局,bureaus\n"))
        XCTAssertEqual(diagnostics, [])
        let site = try XCTUnwrap(content)
        XCTAssertEqual(site.config.departmentGroups.map(\.id), ["districts", "bureaus"])
        XCTAssertEqual(site.config.departmentGroups[1].name.resolved(in: "en", defaultLanguage: "zh").text, "Bureaus")
        XCTAssertEqual(site.registry.departments.map(\.group), [0, nil, 1])
    }

    func testWithoutTheColumnNoDepartmentHasAGroup() throws {
        let (content, diagnostics) = try loadContent(content(departments: "id,name\nyinzhou,鄞州区\nhaishu,海曙区\n"))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(try XCTUnwrap(content).registry.departments.map(\.group), [nil, nil])
    }

    func testUnknownGroupIsReportedOnItsLineWithASuggestion() throws {
        XCTAssertEqual(try loadDiagnostics(content(departments: "id,name,group\nyinzhou,鄞州区,district\nhaishu,海曙区,x\n")), [
            Diagnostic(file: "Content/departments.csv", line: 2, message: #"unknown department group "district""#,
                       hint: #"did you mean "districts"?"#),
            Diagnostic(file: "Content/departments.csv", line: 3, message: #"unknown department group "x""#,
                       hint: #"department_groups in site.yml are "districts", "bureaus""#),
        ])
    }

    func testColumnWithoutDeclaredGroupsIsAnError() throws {
        XCTAssertEqual(try loadDiagnostics(content(groups: "", departments: "id,name,group\nyinzhou,鄞州区,districts\n")), [
            Diagnostic(file: "Content/departments.csv", line: 1, message: #"column "group" without department_groups in site.yml"#,
                       hint: "declare the groups in site.yml, e.g. department_groups: [{id: districts, name: {zh: 区县（市）, en: Districts and counties}}]"),
        ])
    }

    func testEveryKindOfBadGroupDeclaration() throws {
        let departments = "id,name\nyinzhou,鄞州区\n"
        XCTAssertEqual(try loadDiagnostics(content(groups: "department_groups:\n  - {id: Districts, name: 区县}\n", departments: departments)), [
            Diagnostic(file: "Content/site.yml", line: 12, message: #"invalid department group id "Districts""#,
                       hint: ContentName.identifierHint),
        ])
        XCTAssertEqual(try loadDiagnostics(content(groups: "department_groups:\n  - {id: a, name: A}\n  - {id: a, name: B}\n",
                                                   departments: departments)), [
            Diagnostic(file: "Content/site.yml", line: 13, message: #"duplicate department group id "a""#, hint: "first defined on line 12"),
        ])
        XCTAssertEqual(try loadDiagnostics(content(groups: "department_groups:\n  - {id: a}\n", departments: departments)).map(\.line), [12])
        XCTAssertEqual(try loadDiagnostics(content(groups: "department_groups: districts\n", departments: departments)).map(\.line), [11])
    }
}
