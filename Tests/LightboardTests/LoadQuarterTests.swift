import XCTest
@testable import Lightboard

final class LoadQuarterTests: XCTestCase {
    func testQuarterInfoWithCorrectionsNewestFirst() throws {
        let (content, diagnostics) = try loadContent(["quarters/2024-Q3/quarter.yml": """
            # comment
            as_of: 2024-10-15
            published: 2024-10-20
            corrections:
              - {date: 2024-10-21, text: first}
              - {date: 2024-11-02, text: {zh: 第二, en: second}}
              - {date: 2024-10-21, text: third}
            """])
        XCTAssertEqual(diagnostics, [])
        let quarter = try XCTUnwrap(content?.periods.first)
        XCTAssertEqual(quarter.asOfLine, 2)
        XCTAssertEqual(quarter.info.corrections.map { $0.text.texts["zh"] }, ["第二", "first", "third"])
    }

    func testQuarterInfoErrors() throws {
        XCTAssertEqual(try loadDiagnostics(["quarters/2024-Q3/quarter.yml": "as_of: 2024-09-01\npublished: soon\n"]), [
            Diagnostic(file: "Content/quarters/2024-Q3/quarter.yml", line: 1, message: "as_of 2024-09-01 is before the end of 2024-Q3 (2024-09-30)",
                       hint: "the status of posts is taken after the quarter has ended"),
            Diagnostic(file: "Content/quarters/2024-Q3/quarter.yml", line: 2, message: #"invalid published "soon""#, hint: "expected a date YYYY-MM-DD"),
        ])
        XCTAssertEqual(try loadDiagnostics(["quarters/2024-Q3/quarter.yml": "published: 2024-10-20\n"]), [
            Diagnostic(file: "Content/quarters/2024-Q3/quarter.yml", line: 1, message: "missing as_of"),
        ])
    }

    func testQuarterFolderName() throws {
        XCTAssertEqual(try loadDiagnostics(["quarters/2024-q4/quarter.yml": "as_of: 2025-01-15\npublished: 2025-01-20\n"]), [
            Diagnostic(file: "Content/quarters/2024-q4", line: 1, message: #"invalid quarter folder name "2024-q4""#, hint: "name it YYYY-QN, e.g. 2024-Q3"),
        ])
    }

    func testQuartersAreOldestFirst() throws {
        let (content, _) = try loadContent([
            "quarters/2023-Q4/quarter.yml": "as_of: 2024-01-15\npublished: 2024-01-20\n",
            "quarters/2023-Q4/posts.csv": "id,channel,department,category,posted_at\n",
        ])
        XCTAssertEqual(content?.periods.map(\.info.id.description), ["2023-Q4", "2024-Q3"])
    }

    func testAdjustments() throws {
        let (content, diagnostics) = try loadContent(["quarters/2024-Q3/adjustments.csv": """
            department,date,kind,points,reason,source
            yinzhou,2024-07-01,bonus,1.5,网民点赞,netizen
            yinzou,2024-06-30,reward,0,x,media
            haishu,2024-07-02,penalty,-1,x,media
            haishu,2024-07-32,penalty,abc,x,media

            """])
        let file = "Content/quarters/2024-Q3/adjustments.csv"
        XCTAssertEqual(diagnostics, [
            Diagnostic(file: file, line: 3, message: #"unknown department "yinzou""#, hint: #"did you mean "yinzhou"?"#),
            Diagnostic(file: file, line: 3, message: "date 2024-06-30 is outside 2024-Q3"),
            Diagnostic(file: file, line: 3, message: #"invalid kind "reward""#, hint: "expected bonus or penalty"),
            Diagnostic(file: file, line: 3, message: #"invalid points "0""#, hint: "expected a positive decimal such as 1.5"),
            Diagnostic(file: file, line: 4, message: #"invalid points "-1""#, hint: "expected a positive decimal such as 1.5"),
            Diagnostic(file: file, line: 5, message: #"invalid date "2024-07-32""#, hint: "expected YYYY-MM-DD"),
            Diagnostic(file: file, line: 5, message: #"invalid points "abc""#, hint: "expected a positive decimal such as 1.5"),
        ])
        XCTAssertEqual(content?.periods.first?.adjustments.map(\.line), [2])
    }

    func testValidAdjustment() throws {
        let (content, diagnostics) = try loadContent(["quarters/2024-Q3/adjustments.csv":
            "source,reason,points,kind,date,department\nmedia,表扬,0.5,bonus,2024-09-30,haishu\n"])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(content?.periods[0].adjustments, [Adjustment(
            department: "haishu", date: Day(iso: "2024-09-30")!, kind: .bonus, points: Fraction(1, 2), reason: "表扬", source: "media", line: 2)])
    }

    func testAdjustmentsNeedEveryColumn() throws {
        XCTAssertEqual(try loadDiagnostics(["quarters/2024-Q3/adjustments.csv": "department,date,kind,points,reason\n"]), [
            Diagnostic(file: "Content/quarters/2024-Q3/adjustments.csv", line: 1, message: #"missing required column "source""#,
                       hint: #"the header has "department", "date", "kind", "points", "reason""#),
        ])
    }

    func testComplexIssueWithTranslation() throws {
        let (content, diagnostics) = try loadContent([
            "quarters/2024-Q3/complex-issues/leak.md": """
                ---
                title: {zh: 渗漏, en: Leakage}
                lead: yinzhou
                partners: [haishu]
                location: 前湾
                resolved: 2024-09-12
                ---
                正文
                """,
            "quarters/2024-Q3/complex-issues/leak.en.md": "---\nlocation: Qianwan\n---\nStory\n",
        ])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(content?.periods[0].complexIssues, [ComplexIssue(
            slug: "leak", title: LocalizedText(["zh": "渗漏", "en": "Leakage"]), lead: "yinzhou", partners: ["haishu"],
            location: LocalizedText(["zh": "前湾", "en": "Qianwan"]), resolved: Day(iso: "2024-09-12")!,
            story: LocalizedMarkdown(["zh": "正文", "en": "Story\n"]))])
    }

    /// A translation may copy the facts (lead, partners, resolved) but not change them.
    func testComplexIssueTranslationThatChangesAFact() throws {
        let folder = "quarters/2024-Q3/complex-issues"
        XCTAssertEqual(try loadDiagnostics([
            "\(folder)/leak.md": "---\ntitle: 渗漏\nlead: yinzhou\nresolved: 2024-09-12\n---\n正文\n",
            "\(folder)/leak.en.md": "---\ntitle: Leakage\nlead: yinzhou\nresolved: 2024-09-13\n---\nStory\n",
        ]), [Diagnostic(file: "Content/\(folder)/leak.en.md", line: 4, message: "resolved differs from leak.md", hint: "give resolved in leak.md only")])
    }

    func testComplexIssueErrors() throws {
        let folder = "quarters/2024-Q3/complex-issues"
        XCTAssertEqual(try loadDiagnostics([
            "\(folder)/leak.md": "---\nlead: yinzou\npartners: [haishu, haishuu]\nresolved: 2024-09-31\n---\nBody\n",
            "\(folder)/Bad_Slug.md": "---\ntitle: x\n---\n",
            "\(folder)/leak.fr.md": "Body\n",
            "\(folder)/orphan.en.md": "Body\n",
        ]).sorted { ($0.file, $0.line, $0.message) < ($1.file, $1.line, $1.message) }, [
            Diagnostic(file: "Content/\(folder)/Bad_Slug.md", line: 1, message: #"invalid name "Bad_Slug""#,
                       hint: "use lower-case letters a-z, digits and hyphens, starting with a letter or digit"),
            Diagnostic(file: "Content/\(folder)/leak.fr.md", line: 1, message: #"unknown language "fr" in file name"#,
                       hint: "site.yml languages are zh, en"),
            Diagnostic(file: "Content/\(folder)/leak.md", line: 1, message: "missing title"),
            Diagnostic(file: "Content/\(folder)/leak.md", line: 2, message: #"unknown department "yinzou""#, hint: #"did you mean "yinzhou"?"#),
            Diagnostic(file: "Content/\(folder)/leak.md", line: 3, message: #"unknown department "haishuu""#, hint: #"did you mean "haishu"?"#),
            Diagnostic(file: "Content/\(folder)/leak.md", line: 4, message: #"invalid resolved "2024-09-31""#, hint: "expected a date YYYY-MM-DD"),
            Diagnostic(file: "Content/\(folder)/orphan.en.md", line: 1, message: #"translation without "orphan.md""#,
                       hint: "add \(folder)/orphan.md in the default language"),
        ])
    }

    func testSlugsThatWouldEscapeTheFolderAreRejected() throws {
        XCTAssertFalse(ContentName.isIdentifier(".."))
        XCTAssertFalse(ContentName.isIdentifier("a/b"))
        XCTAssertFalse(ContentName.isIdentifier("-a"))
        XCTAssertFalse(ContentName.isIdentifier(""))
        XCTAssertTrue(ContentName.isIdentifier("issue-01"))
    }

    func testUnclosedFrontMatterAndYAMLErrorLinesAreFileLines() throws {
        let folder = "quarters/2024-Q3/complex-issues"
        XCTAssertEqual(try loadDiagnostics(["\(folder)/a.md": "---\ntitle: x\n"]), [
            Diagnostic(file: "Content/\(folder)/a.md", line: 1, message: "front matter is not closed", hint: #"end it with a line "---""#),
        ])
        let diagnostics = try loadDiagnostics(["\(folder)/a.md": "---\ntitle: x\nlead: [yinzhou\n---\n"])
        XCTAssertEqual(diagnostics.map(\.line), [4])
    }

    func testUnexpectedFileInAQuarterFolder() throws {
        XCTAssertEqual(try loadDiagnostics(["quarters/2024-Q3/adjustment.csv": "x\n"]), [
            Diagnostic(file: "Content/quarters/2024-Q3/adjustment.csv", line: 1, message: #"unexpected file "adjustment.csv""#,
                       hint: #"did you mean "adjustments.csv"?"#),
        ])
    }

    func testNarrativeLanguages() throws {
        let (content, diagnostics) = try loadContent(["quarters/2024-Q3/narrative.md": "中文\n", "quarters/2024-Q3/narrative.en.md": "English\n"])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(content?.periods[0].narrative, LocalizedMarkdown(["zh": "中文\n", "en": "English\n"]))
        XCTAssertEqual(try loadDiagnostics(["quarters/2024-Q3/narrative.zh.md": "x\n"]), [
            Diagnostic(file: "Content/quarters/2024-Q3/narrative.zh.md", line: 1, message: #""zh" is the default language"#,
                       hint: "write the default-language text in narrative.md"),
        ])
    }
}

final class LoadPublicationsTests: XCTestCase {
    func testEReadingMonth() throws {
        let (content, diagnostics) = try loadContent([
            "e-reading/2024-07.md": """
                ---
                title: 七月
                officials:
                  - {name: 副市长, role: {zh: 城建, en: Construction}}
                hits: 10841
                feedback: {phone: 0574-12345, email: a@b.example}
                ---
                正文
                """,
            "e-reading/2024-07.en.md": "---\ntitle: July\n---\nBody",
        ])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(content?.eReading, [EReadingMonth(
            year: 2024, month: 7, title: LocalizedText(["zh": "七月", "en": "July"]),
            officials: [Official(name: LocalizedText(["zh": "副市长"]), role: LocalizedText(["zh": "城建", "en": "Construction"]))],
            hits: 10841, opinions: nil, handledWithinDays: nil,
            feedback: [FeedbackChannel(kind: "phone", value: "0574-12345"), FeedbackChannel(kind: "email", value: "a@b.example")],
            body: LocalizedMarkdown(["zh": "正文", "en": "Body"]))])
    }

    func testEReadingErrors() throws {
        XCTAssertEqual(try loadDiagnostics([
            "e-reading/2024-07.md": "---\nhits: -3\nofficials: [{name: x}]\n---\n",
            "e-reading/2024-13.md": "---\ntitle: x\n---\n",
        ]), [
            Diagnostic(file: "Content/e-reading/2024-13.md", line: 1, message: #"invalid name "2024-13""#,
                       hint: "name the file after its month, e.g. 2024-07.md"),
            Diagnostic(file: "Content/e-reading/2024-07.md", line: 1, message: "missing title"),
            Diagnostic(file: "Content/e-reading/2024-07.md", line: 3, message: "missing role"),
            Diagnostic(file: "Content/e-reading/2024-07.md", line: 2, message: #"invalid hits "-3""#, hint: "expected a whole number of 0 or more"),
        ])
    }

    func testPagesWithAndWithoutFrontMatter() throws {
        let (content, diagnostics) = try loadContent([
            "pages/about.md": "# About\n",
            "pages/about.en.md": "---\ntitle: About us\n---\nHi\n",
            "pages/method.md": "---\ntitle: {zh: 方法}\n---\n方法\n",
        ])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(content?.pages, [
            FreePage(slug: "about", title: LocalizedText(["en": "About us"]), body: LocalizedMarkdown(["zh": "# About\n", "en": "Hi\n"])),
            FreePage(slug: "method", title: LocalizedText(["zh": "方法"]), body: LocalizedMarkdown(["zh": "方法\n"])),
        ])
    }
}
