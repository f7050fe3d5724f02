import Foundation
import Testing
@testable import Lightboard

@Suite struct RenderFormattingTests {
    static func strings(_ language: String) throws -> UIStrings {
        try UIStrings.load(language: language, path: "strings/\(language).yml",
                           fileURL: URL(fileURLWithPath: RenderFixture.templatesDirectory + "/strings/\(language).yml"))
    }

    let zh: Formatting
    let en: Formatting

    init() throws {
        zh = Formatting(strings: try Self.strings("zh"))
        en = Formatting(strings: try Self.strings("en"))
    }

    @Test func numbers() {
        #expect(en.integer(20180) == "20,180")
        #expect(en.integer(999) == "999")
        #expect(en.integer(-1_234_567) == "\u{2212}1,234,567")
        #expect(en.rate(Fraction(14602, 20160) * Fraction(100)) == "72.4%")
        #expect(en.rate(Fraction(9, 80) * Fraction(100)) == "11.3%")
        #expect(en.rate(nil) == "—")
        #expect(en.points(Fraction(-5, 4)) == "\u{2212}1.25")
        #expect(en.points(Fraction(1, 200)) == "0.01")
        #expect(en.weight(Fraction(decimal: "-12.25")!) == "\u{2212}12.25")
        #expect(en.weight(Fraction(50)) == "50")
    }

    @Test func changes() {
        // The rule (Rules/Changes.swift): the difference of the displayed values, 72.4 − 70.05→70.1 = 2.3, not 2.35→2.4.
        #expect(HeadlineChange.rate(Fraction(724, 10), previous: Fraction(7005, 100)) == 23)
        #expect(HeadlineChange.rate(Fraction(1), previous: nil) == nil)
        #expect(HeadlineChange.rate(nil, previous: Fraction(1)) == nil)
        #expect(HeadlineChange.count(34, previous: 28) == 6)
        #expect(HeadlineChange.count(34, previous: nil) == nil)
        // Its text.
        #expect(en.rateChange(tenths: 23).text == "+2.3 pp")
        #expect(zh.rateChange(tenths: -10).text == "\u{2212}1.0个百分点")
        #expect(en.rateChange(tenths: nil).isAvailable == false)
        #expect(en.countChange(6).text == "+6")
        #expect(en.countChange(0).text == "0")
        #expect(en.countChange(-3).text == "\u{2212}3")
        #expect(en.countChange(nil).isAvailable == false)
    }

    @Test func changesAgainstAYearEarlier() {
        // Contract §6: 242 posts against 188 is +54, 54/188 = 28.72% -> +28.7%; 175/242 = 72.31% against
        // 136/188 = 72.34% is 0.0 points (the exact difference, −0.03, never −0.0).
        #expect(en.yearOverYearCount(CountChange(242, previous: 188), unit: "unit_posts").text == "+54 posts (+28.7%)")
        #expect(zh.yearOverYearCount(CountChange(242, previous: 188), unit: "unit_posts").text == "+54条（+28.7%）")
        #expect(en.yearOverYearCount(CountChange(3, previous: 4), unit: "unit_departments").text == "\u{2212}1 department (\u{2212}25.0%)")
        #expect(en.yearOverYearCount(CountChange(2, previous: 0), unit: "unit_issues").text == "+2 issues")
        let reply = en.yearOverYearRate(RateChange(Fraction(175 * 100, 242), previous: Fraction(136 * 100, 188)))
        #expect((reply.text, reply.trend) == ("0.0 pp", "flat"))
        // 72.35 - 70.05 = 2.30 exactly; the displayed values 72.4 - 70.1 would also give 2.3, 72.36 - 70.04 gives 2.3 not 2.4.
        #expect(en.yearOverYearRate(RateChange(Fraction(7236, 100), previous: Fraction(7004, 100))).text == "+2.3 pp")
        #expect(zh.yearOverYearRate(RateChange(Fraction(95, 1), previous: Fraction(957, 10))).text == "\u{2212}0.7个百分点")
        let none = en.yearOverYearRate(RateChange(nil, previous: Fraction(1)))
        #expect(!none.isAvailable && none.isYearOverYear)
    }

    @Test func datesMonthsAndQuarters() {
        let day = Day(year: 2024, month: 11, day: 18)!
        #expect(zh.date(day) == "2024年11月18日")
        #expect(en.date(day) == "18 November 2024")
        #expect(zh.month(year: 2024, month: 7) == "2024年7月")
        #expect(en.month(year: 2024, month: 7) == "July 2024")
        #expect(zh.quarter(PeriodID(year: 2024, quarter: 3)!) == "2024年第3季度")
        #expect(en.quarter(PeriodID(year: 2024, quarter: 3)!) == "2024 Q3")
    }

    @Test func relativeLinks() {
        let linker = Linker(pageDirectory: ["zh", "2024-q3", "league"])
        #expect(linker.page(["zh", "departments", "psb"]) == "../../departments/psb/index.html")
        #expect(linker.page(["en", "2024-q3", "league"]) == "../../../en/2024-q3/league/index.html")
        #expect(linker.file("assets/style.css") == "../../../assets/style.css")
        #expect(Linker(pageDirectory: []).page(["zh"]) == "zh/index.html")
        #expect(Linker(baseURL: "https://x.example/r/").page(["en", "archive"]) == "https://x.example/r/en/archive/")
    }

    @Test func escaping() {
        #expect(HTMLText.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLText.nestingHeadings("<h1>A</h1><h2>B</h2>", below: 1) == "<h2>A</h2><h3>B</h3>")
        #expect(HTMLText.nestingHeadings("<h2>A</h2><h3>B</h3>", below: 2) == "<h3>A</h3><h4>B</h4>")
        #expect(HTMLText.nestingHeadings("<h2>A</h2>", below: 1) == "<h2>A</h2>")
    }

    @Test func nestingHeadings() {
        let nest = HTMLText.nestingHeadings
        // Nothing to move: no heading, or the highest already below `level`.
        #expect(nest("", 1) == "")
        #expect(nest("<p>no heading</p>\n", 2) == "<p>no heading</p>\n")
        #expect(nest("<h3>A</h3>", 2) == "<h3>A</h3>")
        // Every level moves by the same shift; h6 is as deep as it goes.
        #expect(nest("<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>", 1)
                == "<h2>1</h2><h3>2</h3><h4>3</h4><h5>4</h5><h6>5</h6><h6>6</h6>")
        #expect(nest("<h1>1</h1><h4>4</h4><h5>5</h5>", 3) == "<h4>1</h4><h6>4</h6><h6>5</h6>")
        #expect(nest("<h1>A</h1>", 6) == "<h6>A</h6>")
        // Attributes after a space; closing tags follow their opening tags.
        #expect(nest("<h2 id=\"x\">A</h2>\n<h3 class=\"y\">B</h3>", 2) == "<h3 id=\"x\">A</h3>\n<h4 class=\"y\">B</h4>")
        #expect(nest("<h1 id=\"x\">A</h1>", 2) == "<h3 id=\"x\">A</h3>")
        // Only opening tags decide the highest level.
        #expect(nest("</h1><h3>A</h3>", 3) == "</h2><h4>A</h4>")
        // Text that merely starts like a heading tag stays as it is.
        #expect(nest("<hr>\n<header><h1x><h10><h1\t><h7>x</h7><H1>A</H1></h1 ><h</h", 1)
                == "<hr>\n<header><h1x><h10><h1\t><h7>x</h7><H1>A</H1></h1 ><h</h")
        #expect(nest("<hr><h1>A</h1><header>", 1) == "<hr><h2>A</h2><header>")
        #expect(nest("a < b <h1>A</h1>", 1) == "a < b <h2>A</h2>")
        // Non-ASCII text, and a heading that starts with a combining mark (its tag is still a tag).
        #expect(nest("<h1>宁波 é</h1>\n<p>中文</p>", 1) == "<h2>宁波 é</h2>\n<p>中文</p>")
        #expect(nest("<h1>\u{301}x</h1>\n<h1>y</h1>\n", 1) == "<h2>\u{301}x</h2>\n<h2>y</h2>\n")
    }
}

/// Chart coordinates: one decimal, no locale, no "-0".
@Suite struct SVGMarkupTests {
    @Test func numbersAndEscaping() {
        var svg = SVGMarkup()
        for value in [12.5, -3, 40, 0.04, -0.04, 99.95, -12.34, 1234.56] {
            svg += "\(number: value) "
        }
        svg += "<text>\(escaped: "A & <B>")</text>\(7)"
        #expect(svg.text == "12.5 -3 40 0 0 100 -12.3 1234.6 <text>A &amp; &lt;B&gt;</text>7")
    }
}
