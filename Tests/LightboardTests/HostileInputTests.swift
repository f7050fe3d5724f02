import Foundation
import XCTest

/// Untrusted text (citizens' titles, names, Markdown, YAML strings) never
/// reaches a page as markup, and file names never lead outside the output folder.
final class HostileInputTests: XCTestCase {
    static let script = "<script>alert(1)</script>"
    static let img = #""><img src=x onerror=alert(1)>"#
    static let mustache = "{{mustache}} {{{triple}}} {{#t}}x{{/t}}"

    /// A YAML double-quoted string holding `text`.
    static func yaml(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
    /// A CSV field holding `text`.
    static func csv(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static let markdown = """
        \(script)

        [a link](javascript:alert(1)), [another](JavaScript:alert(1)), [encoded](&#106;avascript:alert(1)),
        [spaced]( javascript:alert(1) ), ![image](javascript:alert(1)) and [fine](https://example.org/).

        <img src=x onerror=alert(1)> <a href="javascript:alert(1)">raw</a> <iframe src="javascript:alert(1)"></iframe>

        \(mustache) \(img)

        """

    static var content: [String: String] {
        let both = { (zh: String, en: String) in "{zh: \(yaml(zh)), en: \(yaml(en))}" }
        return [
            "site.yml": """
                title: \(both("考评" + script, "Ratings " + img))
                base_url: https://example.org/ratings/
                languages: [zh, en]
                timezone: Asia/Shanghai
                channels:
                  - {id: board, name: \(both(script + "留言板", "Board " + img))}
                categories:
                  - {id: inquiry, name: \(both("咨询" + mustache, "Inquiry " + script))}

                """,
            "departments.csv": """
                id,name,name_en
                yinzhou,\(csv(script + "鄞州区")),\(csv(img + " " + mustache))
                haishu,\(csv(img)),\(csv(script))

                """,
            "calendar/2024.yml": "holidays: [2024-10-01..2024-10-07]\nworkdays: [2024-09-29]\n",
            "quarters/2024-Q3/quarter.yml": """
                as_of: 2024-10-15
                published: 2024-10-20
                corrections:
                  - {date: 2024-10-21, text: \(both(script, img))}

                """,
            "quarters/2024-Q3/posts.csv": """
                id,channel,department,category,posted_at,accepted_at,replied_at,public,title,url
                p1,board,yinzhou,inquiry,2024-07-01T09:00,2024-07-01T10:00,,yes,\(csv(script)),\(csv("https://board.example/p1?a=1&b=" + img))
                p2,board,yinzhou,inquiry,2024-07-02T09:00,2024-07-02T10:00,,yes,\(csv(img + " " + mustache)),
                p3,board,haishu,inquiry,2024-07-03T09:00,2024-07-03T10:00,2024-07-04T10:00,yes,\(csv(script)),

                """,
            "quarters/2024-Q3/adjustments.csv": """
                department,date,kind,points,reason,source
                haishu,2024-07-05,bonus,1,\(csv(script)),\(csv(img))

                """,
            "quarters/2024-Q3/narrative.md": markdown,
            "quarters/2024-Q3/narrative.en.md": markdown,
            "quarters/2024-Q3/complex-issues/issue-01.md": """
                ---
                title: \(both(script, img))
                lead: yinzhou
                partners: [haishu]
                location: \(both(img, mustache))
                resolved: 2024-09-12
                ---
                \(markdown)
                """,
            "e-reading/2024-07.md": """
                ---
                title: \(both(script, img))
                officials:
                  - {name: \(both(script, img)), role: \(both(mustache, script))}
                hits: 1
                opinions: 2
                handled_within_days: 3
                feedback: {email: \(yaml(img + "@example.org")), phone: \(yaml("javascript:alert(1)"))}
                ---
                \(markdown)
                """,
            "pages/about.md": "---\ntitle: \(both(script, img))\n---\n\(markdown)",
        ]
    }

    func testHostileTextNeverBecomesMarkup() throws {
        let work = try makeTemporaryFolder(self, prefix: "hostile")
        let content = work.appendingPathComponent("Content")
        let folder = try TemporaryFolder(Self.content)
        try FileManager.default.copyItem(atPath: folder.path, toPath: content.path)
        let output = work.appendingPathComponent("Site")

        let result = try LightboardBinary.build(content: content, output: output)
        XCTAssertEqual(result.status, 0, result.err)

        var pages = 0, checkedTags = 0
        var sawLiteralMustache = false
        let files = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        for file in files where file.hasSuffix(".html") || file.hasSuffix(".xml") {
            let text = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            if file.hasSuffix(".html") { pages += 1 }
            sawLiteralMustache = sawLiteralMustache || text.contains("{{mustache}}")
            for tag in HTMLScanner.tags(in: text) {
                checkedTags += 1
                if tag.name == "script" {
                    let source = tag.attributes.first { $0.name == "src" }?.value ?? ""
                    // Ours: the site's assets, and the search page's index beside it.
                    let isOurs = (source.contains("assets/") || (file.hasSuffix("/search/index.html") && source == "documents.js")) && !source.contains(":")
                    XCTAssertTrue(isOurs, "\(file): a <script> tag that is not ours: \(tag)")
                }
                for attribute in tag.attributes {
                    XCTAssertFalse(attribute.name.hasPrefix("on"), "\(file): event-handler attribute in \(tag)")
                    let url = attribute.value.unicodeScalars.filter { $0.value > 0x20 }.map(String.init).joined().lowercased()
                    XCTAssertFalse(url.hasPrefix("javascript:") || url.hasPrefix("vbscript:") || url.hasPrefix("data:text/html"),
                                   "\(file): script URL in \(tag)")
                }
            }
        }
        XCTAssertGreaterThan(pages, 20)
        XCTAssertTrue(sawLiteralMustache, "untrusted {{mustache}} text should reach the pages as plain text")
        // The pages show the hostile strings as text, so the checks above looked at them.
        let about = try String(contentsOf: output.appendingPathComponent("en/pages/about/index.html"), encoding: .utf8)
        XCTAssertTrue(about.contains("<h1>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h1>"), "the escaped title is missing")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted(), ["Content", "Site"])
        print("hostile input: \(pages) pages and the feeds built from hostile text, \(checkedTags) tags checked: "
              + "no script, event handler or javascript: URL")
    }

    /// The scanner itself sees what a browser would run.
    func testScannerSeesInjectedMarkup() {
        let tags = HTMLScanner.tags(in: #"<p title="<script>">a &lt;script&gt;<!-- <script> --><img src=x onerror=alert(1)>"#
                                        + #"<a HREF='&#106;avascript:alert(1)'>x</a><style>p{}</style><SCRIPT>x</script>"#)
        XCTAssertEqual(tags.map(\.name), ["p", "img", "a", "style", "script"])
        XCTAssertEqual(tags[1].attributes.map(\.name), ["src", "onerror"])
        XCTAssertEqual(tags[2].attributes.first?.value, "javascript:alert(1)")
    }

    /// A `javascript:` url in posts.csv is a content error, not a link.
    func testJavaScriptPostURLIsRejected() throws {
        var files = Self.content
        files["quarters/2024-Q3/posts.csv"]! += "p4,board,haishu,inquiry,2024-07-03T09:00,,,yes,x,javascript:alert(1)\n"
        let folder = try TemporaryFolder(files)
        let work = try makeTemporaryFolder(self, prefix: "hostile")
        let result = try LightboardBinary.build(content: URL(fileURLWithPath: folder.path), output: work.appendingPathComponent("Site"))
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains(#"posts.csv:5: error: url "javascript:alert(1)" is not http or https"#), result.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), [])
    }

    /// Names of Markdown files become URL paths: any that could climb out is
    /// rejected, or ignored when it starts with a dot (a hidden file).
    func testPathSegmentsInFileNamesNeverLeadOutOfTheOutputFolder() throws {
        let names = [
            "quarters/2024-Q3/complex-issues/..\\..\\evil.md", "quarters/2024-Q3/complex-issues/%2e%2e.md",
            "pages/..%2F..%2Fevil.md", "pages/a..b.md", "pages/~evil.md", "pages/evil\\..md", "e-reading/2024-07..md",
            "e-reading/..2024-08.md", "e-reading/2024-08.\u{2215}..md",
        ]
        for name in names {
            let folder = try TemporaryFolder(Self.content.merging([name: "---\ntitle: x\n---\nText\n"]) { $1 })
            let work = try makeTemporaryFolder(self, prefix: "hostile")
            let output = work.appendingPathComponent("a/b/Site")
            let result = try LightboardBinary.build(content: URL(fileURLWithPath: folder.path), output: output)
            let written = FileManager.default.enumerator(atPath: work.path)?.allObjects as? [String] ?? []
            if name.split(separator: "/").last!.hasPrefix(".") {
                XCTAssertEqual(result.status, 0, "\(name): \(result.err)")
                XCTAssertEqual(written.filter { !$0.hasPrefix("a/b/Site/") }.sorted(), ["a", "a/b", "a/b/Site"], name)
                XCTAssertFalse(written.contains { $0.contains("evil") || $0.contains("2024-08") }, "\(name) became a page")
            } else {
                XCTAssertEqual(result.status, 1, "\(name) was accepted")
                XCTAssertTrue(result.err.contains("\(folder.path)/\(name):1: error:"), "\(name): \(result.err)")
                XCTAssertEqual(written, [], "\(name) wrote files")
            }
        }
    }
}

/// A browser tokenizer's view of start tags and their attributes (enough to look for injected markup).
enum HTMLScanner {
    struct Tag: CustomStringConvertible {
        var name: String
        var attributes: [(name: String, value: String)]
        var description: String { "<\(name)" + attributes.map { " \($0.name)=\"\($0.value)\"" }.joined() + ">" }
    }

    static func tags(in html: String) -> [Tag] {
        let characters = Array(html)
        var tags: [Tag] = []
        var index = 0
        func starts(with prefix: String, at position: Int) -> Bool {
            let prefix = Array(prefix)
            return position + prefix.count <= characters.count
                && String(characters[position..<position + prefix.count]).lowercased() == String(prefix)
        }
        while index < characters.count {
            if starts(with: "<!--", at: index) {
                while index < characters.count, !starts(with: "-->", at: index) { index += 1 }
                index += 3
                continue
            }
            guard characters[index] == "<", index + 1 < characters.count, characters[index + 1].isLetter else {
                index += 1
                continue
            }
            index += 1
            var name = ""
            while index < characters.count, !characters[index].isWhitespace, !"/>".contains(characters[index]) {
                name.append(characters[index]); index += 1
            }
            var attributes: [(name: String, value: String)] = []
            while index < characters.count, characters[index] != ">" {
                if characters[index].isWhitespace || characters[index] == "/" { index += 1; continue }
                var attribute = ""
                while index < characters.count, !characters[index].isWhitespace, !"=/>".contains(characters[index]) {
                    attribute.append(characters[index]); index += 1
                }
                while index < characters.count, characters[index].isWhitespace { index += 1 }
                var value = ""
                if index < characters.count, characters[index] == "=" {
                    index += 1
                    while index < characters.count, characters[index].isWhitespace { index += 1 }
                    if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                        let quote = characters[index]
                        index += 1
                        while index < characters.count, characters[index] != quote { value.append(characters[index]); index += 1 }
                        index += 1
                    } else {
                        while index < characters.count, !characters[index].isWhitespace, characters[index] != ">" {
                            value.append(characters[index]); index += 1
                        }
                    }
                }
                attributes.append((attribute.lowercased(), decodeEntities(value)))
            }
            index += 1
            name = name.lowercased()
            tags.append(Tag(name: name, attributes: attributes))
            // Raw-text elements: their content is no markup.
            if ["script", "style", "textarea", "title"].contains(name) {
                while index < characters.count, !starts(with: "</" + name, at: index) { index += 1 }
            }
        }
        return tags
    }

    /// Character references as a browser decodes them in text and attribute values.
    static func decodeEntities(_ text: String) -> String {
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n"]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[rest.index(after: ampersand)...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else { result += "&"; continue }
            let reference = rest[..<semicolon]
            var decoded: String?
            if reference.hasPrefix("#x") || reference.hasPrefix("#X") {
                decoded = UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(String.init)
            } else if reference.hasPrefix("#") {
                decoded = UInt32(reference.dropFirst()).flatMap(Unicode.Scalar.init).map(String.init)
            } else {
                decoded = named[reference.lowercased()]
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
            }
        }
        return result + rest
    }
}
