import XCTest

/// Contract §2: a missing translation falls back to the default language. A language in
/// site.yml without `Templates/strings/LANG.yml` is built with the default language's
/// interface strings, marked with their `lang`, and one warning (issue 11).
final class LanguageFallbackTests: XCTestCase {
    func testALanguageWithoutInterfaceStringsIsBuiltWithTheDefaultLanguagesAndOneWarning() throws {
        var files = ContractConformanceTests.base
        files["site.yml"] = ContractConformanceTests.site.replacingOccurrences(of: "languages: [zh, en]", with: "languages: [zh, en, fr]")
        files["departments.csv"] = "id,name,name_en,name_fr\na,甲,A,Département A\nb,乙,B,\n"
        files["quarters/2024-Q3/posts.csv"] = ContractConformanceTests.postsHeader + "p1,board,a,inquiry,2024-07-01T09:00,,\np2,board,b,inquiry,2024-07-01T09:00,,\n"
        let run = try buildContent(files)
        XCTAssertEqual(run.status, 0, run.err)
        let warnings = run.err.split(separator: "\n").filter { $0.contains(": warning: ") }
        XCTAssertEqual(warnings.count, 1, run.err)
        XCTAssertTrue(warnings[0].hasSuffix("Templates/strings/fr.yml:1: warning: no interface strings for language \"fr\": its pages use those of \"zh\""),
                      String(warnings[0]))
        XCTAssertFalse(run.err.contains(": error: "))

        let page = try run.text("fr/2024-q3/league/index.html")
        // The interface text is Chinese, so the page is marked zh; the French name keeps its own lang.
        XCTAssertTrue(page.contains("<html lang=\"zh\""), String(page.prefix(200)))
        XCTAssertTrue(page.contains("<span lang=\"fr\">Département A</span>"))
        XCTAssertTrue(page.contains(">乙<"), "a department without a French name falls back to the Chinese, unmarked on a zh page")
        // The language switcher names the language by its code, not with the fallback's name.
        XCTAssertTrue(try run.text("zh/index.html").contains("hreflang=\"fr\" lang=\"fr\">fr</a>"))
        // English keeps its own strings.
        XCTAssertTrue(try run.text("en/index.html").contains("<html lang=\"en\""))
    }
}
