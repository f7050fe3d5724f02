import Mustache
import XCTest
@testable import Lightboard

/// `UIStrings.inlined(into:)` writes `{{t.key}}` strings into a template; the
/// template must render exactly as if swift-mustache had looked them up.
final class StringInliningTests: XCTestCase {
    private let strings = UIStrings(language: "en", values: [
        "plain": "League table",
        "html": "Green & <b>\"red\"</b> 'lights'",
        "braces": "{{model}} {{{model}}} {",
        "blank": "  ",
        "empty": "",
        "lines": "two\nlines",
        "chinese": "市民留言",
    ], monthNames: [])

    private struct Model: MustacheParent {
        let strings: [String: String]
        func child(named name: String) -> Any? {
            switch name {
            case "t": strings
            case "model": "<model>"
            case "flag": true
            default: nil
            }
        }
    }

    func testReplacesPlainStringTagsWithEscapedText() {
        XCTAssertEqual(strings.inlined(into: "<h1>{{t.plain}}</h1><p>{{ t.html }}</p>"),
                       "<h1>League table</h1><p>Green &amp; &lt;b&gt;&quot;red&quot;&lt;/b&gt; &#39;lights&#39;</p>")
        XCTAssertEqual(strings.inlined(into: "{{t.braces}}|{{t.chinese}}"),
                       "&#123;&#123;model}} &#123;&#123;&#123;model}}} &#123;|市民留言")
    }

    func testLeavesEveryOtherTagToMustache() {
        let kept = [
            "{{{t.plain}}}", "{{&t.plain}}", "{{#t.plain}}x{{/t.plain}}", "{{^t.plain}}x{{/t.plain}}",
            "{{! a note about {{t.plain}} }}", "{{t.missing}}", "{{t.blank}}", "{{t.empty}}", "{{t.lines}}",
            "{{t.plain.more}}", "{{tt.plain}}", "{{t.}}", "{{model}}", "{{> partial}}", "unclosed {{t.plain",
            "{{=<% %>=}}<% t.plain %> {{t.plain}}",
        ]
        for template in kept {
            XCTAssertEqual(strings.inlined(into: template), template, template)
        }
        XCTAssertEqual(strings.inlined(into: ""), "")
    }

    func testInlinedTemplatesRenderAsTheOriginals() throws {
        let templates = [
            "<h1>{{t.plain}}</h1>\n{{#flag}}\n  {{t.html}}\n{{/flag}}\n{{t.braces}}{{model}}\n",
            "{{t.chinese}}{{#flag}}{{t.plain}}{{/flag}}\n  {{t.lines}}\n{{t.blank}}\n{{#flag}}\n{{/flag}}\n",
            "{{{t.html}}} {{&t.braces}} {{! {{t.plain}} }} {{t.missing}}|{{ t.plain }}|{{t.empty}}\n",
        ]
        for source in templates {
            let model = Model(strings: strings.values)
            let original = try MustacheTemplate(string: source).render(model)
            let inlined = try MustacheTemplate(string: strings.inlined(into: source)).render(model)
            XCTAssertEqual(inlined.replacingOccurrences(of: "&#123;", with: "{"), original, source)
            XCTAssertNotEqual(strings.inlined(into: source), source, "nothing was inlined in: \(source)")
        }
    }
}

/// `UIStrings.fill`: the `{name}` placeholders of interface strings.
final class StringFillTests: XCTestCase {
    func testFillsKnownPlaceholdersAndKeepsEverythingElse() {
        XCTAssertEqual(UIStrings.fill("{year}年{month}月{day}日", ["year": "2024", "month": "7", "day": "3"]), "2024年7月3日")
        XCTAssertEqual(UIStrings.fill("{month_name} {day}, {year}", ["year": "2024", "month_name": "July", "day": "3"]), "July 3, 2024")
        XCTAssertEqual(UIStrings.fill("no placeholder", ["a": "x"]), "no placeholder")
        XCTAssertEqual(UIStrings.fill("{unknown} and {a}", ["a": "x"]), "{unknown} and x")
        XCTAssertEqual(UIStrings.fill("open { and {a", ["a": "x"]), "open { and {a")
        XCTAssertEqual(UIStrings.fill("{{a}}", ["a": "x"]), "{x}")
        XCTAssertEqual(UIStrings.fill("{a}{b}", ["a": "{b}", "b": "y"]), "{b}y", "a value is not filled again")
        XCTAssertEqual(UIStrings.fill("", ["a": "x"]), "")
        XCTAssertEqual(UIStrings.fill("排名 {rank}/{count}", ["rank": "3", "count": "106"]), "排名 3/106")
    }
}
