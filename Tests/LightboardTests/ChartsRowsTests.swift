import Testing
@testable import Lightboard

/// The charts drawn at the page's width (`Charts.rows`) and the period pages' use of them.
@Suite struct ChartsRowsTests {
    @Test func barsArePercentagesOfTheWidthOnAScaleFromZero() {
        let svg = Charts.rows([Charts.Row(label: "A & B", bars: [Charts.RowBar(value: Fraction(50), valueText: "50.0%", fill: .green)])],
                              id: "c", title: "T", description: "D", scale: .percent)
        // 50 of 0–100 on the 97 % the bars use: 48.5 %; a bar of at most half the width has its value after it.
        #expect(svg.contains("<rect class=\"chart-green\" x=\"0%\" y=\"42\" width=\"48.5%\" height=\"16\"/>"))
        #expect(svg.contains("<text class=\"chart-value\" x=\"48.5%\" y=\"54\" dx=\"4\" text-anchor=\"start\">50.0%</text>"))
        #expect(svg.contains("<text class=\"chart-label\" x=\"0\" y=\"36\">A &amp; B</text>"))
        #expect(svg.hasPrefix("<svg class=\"chart chart-rows\" width=\"100%\" height=\"70\" role=\"img\" aria-labelledby=\"c-title c-desc\""))
        #expect(svg.contains("<text class=\"chart-value\" x=\"97%\" y=\"13\" text-anchor=\"end\">100%</text>"))
        #expect(!svg.contains("<pattern"))  // no red bar, no hatching
    }

    @Test func aLongLabelIsBrokenAfterASpaceAndItsRowIsTaller() {
        // 54 characters: cut off at 390 px; 40 half-width units a line, a Chinese character counting two.
        #expect(Charts.labelLines("3. Ningbo Housing and Urban-Rural Development Bureau")
                == ["3. Ningbo Housing and Urban-Rural", "Development Bureau"])
        #expect(Charts.labelLines("2. Yinzhou District") == ["2. Yinzhou District"])
        #expect(Charts.labelLines(String(repeating: "住", count: 25)) == [String(repeating: "住", count: 20), String(repeating: "住", count: 5)])
        let svg = Charts.rows([Charts.Row(label: "3. Ningbo Housing and Urban-Rural Development Bureau",
                                          bars: [Charts.RowBar(value: Fraction(50), valueText: "50", fill: .plain)])],
                              id: "c", title: "T", description: "D", scale: .percent)
        // 22 for the scale, two label lines of 20, one bar line of 20 and the gap of 8.
        #expect(svg.contains("height=\"90\""))
        #expect(svg.contains("<text class=\"chart-label\" x=\"0\" y=\"36\">3. Ningbo Housing and Urban-Rural</text>"))
        #expect(svg.contains("<text class=\"chart-label\" x=\"0\" y=\"56\">Development Bureau</text>"))
        #expect(svg.contains("<rect class=\"chart-bar\" x=\"0%\" y=\"62\""))
    }

    @Test func aLongBarHasItsValueInsideAMissingOneADash() {
        let svg = Charts.rows([Charts.Row(label: "x", bars: [Charts.RowBar(value: Fraction(80), valueText: "80", fill: .red),
                                                             Charts.RowBar(value: nil, valueText: "—", fill: .green)])],
                              id: "c", title: "T", description: "D", scale: .percent)
        #expect(svg.contains("<rect fill=\"url(#c-hatch)\" x=\"0%\" y=\"42\" width=\"77.6%\" height=\"16\"/>"))
        #expect(svg.contains("<text class=\"chart-value chart-value-inside\" x=\"77.6%\" y=\"54\" dx=\"-4\" text-anchor=\"end\">80</text>"))
        #expect(svg.contains("<text class=\"chart-value\" x=\"0%\" y=\"74\" dx=\"4\">—</text>"))
        #expect(svg.components(separatedBy: "<rect").count == 3)  // the hatch pattern's and the red bar
    }

    @Test func aNegativeValueExtendsLeftOfAZeroLine() {
        let scale = Charts.Scale.covering([-10, 60], step: 25) { String(Int($0)) }
        #expect(scale.low == -25 && scale.high == 75)
        #expect(scale.ticks.map(\.text) == ["-25", "0", "25", "50", "75"])
        let svg = Charts.rows([Charts.Row(label: "x", bars: [Charts.RowBar(value: Fraction(-10), valueText: "-10", fill: .plain)])],
                              id: "c", title: "T", description: "D", scale: scale)
        // Zero at 25/100 of 97 % = 24.25 %, -10 at 15/100 of it = 14.55 % (written to one decimal).
        #expect(svg.contains("<rect class=\"chart-bar\" x=\"14.6%\" y=\"42\" width=\"9.7%\" height=\"16\"/>"))
        #expect(svg.contains("<text class=\"chart-value\" x=\"14.6%\" y=\"54\" dx=\"-4\" text-anchor=\"end\">-10</text>"))
        #expect(svg.contains("<line class=\"chart-axis\" x1=\"24.3%\""))
    }

    @Test func theReportShowsTheFourLightsOfTheAcceptedPostsWithTheirTable() throws {
        let files = try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(RenderFixture.fullSite)
        let page = String(decoding: try #require(files.first { $0.path == "en/2024-q3/index.html" }).bytes, as: UTF8.self)
        // 14,602 green, 3,020 yellow, 2,095 gray and 443 red of 20,160 accepted.
        let cells = { (meaning: String, posts: String, share: String) in
            "</span></th><td data-label=\"Meaning\">\(meaning)</td><td class=\"num\" data-label=\"Posts\">\(posts)</td>"
                + "<td class=\"num\" data-label=\"Share of accepted\">\(share)</td>"
        }
        for row in ["Green" + cells("Accepted posts replied within 3 working days.", "14,602", "72.4%"),
                    "Yellow" + cells("Accepted posts replied on working day 4 to 5.", "3,020", "15.0%"),
                    "Gray" + cells("Accepted posts replied after more than 5 working days.", "2,095", "10.4%"),
                    "Red" + cells("Accepted posts still without a reply on the as-of date.", "443", "2.2%")] {
            #expect(page.contains(row), "\(row)")
        }
        #expect(page.contains("<tfoot><tr><th scope=\"row\">All accepted posts</th><td></td><td class=\"num\" data-label=\"Posts\">20,160</td><td></td></tr></tfoot>"))
        #expect(page.contains("<title id=\"lights-chart-title\">Accepted posts by light, 2024 Q3</title>"))
        #expect(page.contains(">14,602 (72.4%)</text>"))
    }

    @Test func departmentsWithTheSameScoreShareOneBarOfTheLeagueChart() throws {
        var quarter = RenderFixture.q3
        quarter.league[1].score = quarter.league[0].score
        let files = try SiteRenderer(templatesDirectory: RenderFixture.templatesDirectory).render(RenderFixture.site(quarters: [RenderFixture.q2, quarter]))
        let page = String(decoding: try #require(files.first { $0.path == "en/2024-q3/league/index.html" }).bytes, as: UTF8.self)
        #expect(page.contains(">2 departments with the same score</text>"))  // then its ranks, on a line of their own
        #expect(page.contains(">(ranks 1–2)</text>"))
        #expect(page.components(separatedBy: "<rect class=\"chart-bar\"").count == 2)
        let other = String(decoding: try #require(files.first { $0.path == "en/2024-q2/league/index.html" }).bytes, as: UTF8.self)
        #expect(other.contains(">1. Ningbo Public Security Bureau</text>"))
    }
}
