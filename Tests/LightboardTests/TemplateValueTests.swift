import Mustache
import XCTest
@testable import Lightboard

/// The two shortcuts around swift-mustache's slow paths render exactly what it would:
/// `TemplateText` in place of a `String`, and the byte-level escaping pragma in place
/// of its `Character`-level HTML escaping.
final class TemplateValueTests: XCTestCase {
    private struct Model: MustacheParent {
        let value: Any
        func child(named name: String) -> Any? { name == "a" ? value : nil }
    }

    private let uses = "{{a}}|{{{a}}}|{{&a}}|{{#a}}[{{.}}]{{/a}}|{{^a}}none{{/a}}|{{uppercased(a)}}|{{reversed(a)}}|{{#empty(a)}}empty{{/empty(a)}}\n"
    private let samples = ["", "plain", "<b class=\"x\">Tom & Jerry's</b>", "市民留言 <script>alert(1)</script>", "e\u{301} & 'é'"]

    func testTemplateTextRendersAsTheStringItself() throws {
        let template = try MustacheTemplate(string: uses)
        for sample in samples {
            XCTAssertEqual(template.render(Model(value: TemplateText(sample))), template.render(Model(value: sample)), sample)
        }
    }

    func testBytePragmaEscapesLikeSwiftMustache() throws {
        ByteEscapedHTML.register()
        let plain = try MustacheTemplate(string: uses)
        let pragma = try MustacheTemplate(string: TemplateLibrary.escapingPragma + uses)
        for sample in samples {
            XCTAssertEqual(pragma.render(Model(value: sample)), plain.render(Model(value: sample)), sample)
        }
        XCTAssertEqual(pragma.render(Model(value: "<a href='x'>\"&\"</a>")),
                       "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;|<a href='x'>\"&\"</a>|<a href='x'>\"&\"</a>|"
                       + "[&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;]||&lt;A HREF=&#39;X&#39;&gt;&quot;&amp;&quot;&lt;/A&gt;|"
                       + "&gt;a/&lt;&quot;&amp;&quot;&gt;&#39;x&#39;=ferh a&lt;|\n")
    }

    func testPragmaLineIsNotInTheOutput() throws {
        ByteEscapedHTML.register()
        let template = try MustacheTemplate(string: TemplateLibrary.escapingPragma + "line 1\n{{#a}}\nline 3\n{{/a}}\n")
        XCTAssertEqual(template.render(Model(value: true)), "line 1\nline 3\n")
    }
}
