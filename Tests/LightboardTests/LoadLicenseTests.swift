import XCTest
@testable import Lightboard

/// `license:` in site.yml, the open data's licence in datapackage.json.
final class LoadLicenseTests: XCTestCase {
    private func site(license: String) -> [String: String?] {
        ["site.yml": minimalContent["site.yml"]! + "license: \(license)\n"]  // line 11
    }

    func testNoLicenseByDefault() throws {
        XCTAssertNil(try XCTUnwrap(loadContent().0).config.license)
    }

    func testLicenseWithNamePathAndTitle() throws {
        let (content, diagnostics) = try loadContent(site(
            license: "{name: CC-BY-4.0, path: https://creativecommons.org/licenses/by/4.0/, title: Attribution 4.0}"))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(content?.config.license, OpenDataLicense(
            name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Attribution 4.0"))
    }

    func testEveryKindOfBadLicense() throws {
        XCTAssertEqual(try loadDiagnostics(site(license: "{name: CC BY 4.0}")), [Diagnostic(
            file: "Content/site.yml", line: 11, message: #"license.name "CC BY 4.0" is not a licence id"#,
            hint: "use an Open Definition id such as CC-BY-4.0 or ODC-BY-1.0 (letters, digits, - . _)")])
        XCTAssertEqual(try loadDiagnostics(site(license: "{path: creativecommons.org/licenses/by/4.0/}")), [Diagnostic(
            file: "Content/site.yml", line: 11, message: #"license.path "creativecommons.org/licenses/by/4.0/" is not an http(s) URL"#,
            hint: "the address of the licence text, e.g. https://creativecommons.org/licenses/by/4.0/")])
        XCTAssertEqual(try loadDiagnostics(site(license: "{title: Open}")), [Diagnostic(
            file: "Content/site.yml", line: 11, message: "license has neither name nor path",
            hint: "e.g. license: {name: CC-BY-4.0, path: https://creativecommons.org/licenses/by/4.0/}")])
        XCTAssertEqual(try loadDiagnostics(site(license: "{name: CC-BY-4.0, url: x}")).map(\.line), [11])
        XCTAssertEqual(try loadDiagnostics(site(license: "CC-BY-4.0")).map(\.line), [11])
    }

    // MARK: - open_data

    private func site(openData: String) -> [String: String?] {
        ["site.yml": minimalContent["site.yml"]! + "open_data: \(openData)\n"]  // line 11
    }

    func testPostLevelOpenDataIsOffByDefaultAndSwitchedOn() throws {
        XCTAssertEqual(try XCTUnwrap(loadContent().0).config.openData, OpenDataOptions(posts: false))
        let (content, diagnostics) = try loadContent(site(openData: "{posts: true}"))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(content?.config.openData, OpenDataOptions(posts: true))
        XCTAssertEqual(try XCTUnwrap(loadContent(site(openData: "{posts: false}")).0).config.openData.posts, false)
    }

    func testEveryKindOfBadOpenData() throws {
        XCTAssertEqual(try loadDiagnostics(site(openData: "{posts: maybe}")), [Diagnostic(
            file: "Content/site.yml", line: 11, message: #"invalid open_data.posts "maybe""#, hint: "expected true or false")])
        XCTAssertEqual(try loadDiagnostics(site(openData: "{post: true}")), [Diagnostic(
            file: "Content/site.yml", line: 11, message: #"unknown key "post" in open_data"#, hint: #"did you mean "posts"?"#)])
        XCTAssertEqual(try loadDiagnostics(site(openData: "posts")).map(\.line), [11])
    }
}
