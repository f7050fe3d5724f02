import Testing
@testable import Lightboard

/// `Rules/Rates.swift` for a satisfaction dimension (contract §8), by hand.
struct DimensionRatesTests {
    private let speed = NamedItem(id: "speed", name: LocalizedText(["en": "Speed"]))

    @Test func theMeanAndEachStarsShareAreExact() {
        // 1 one-star, 2 three-star, 5 five-star ratings: 8 rated, (1 + 6 + 25) / 8 = 4; shares 1/8, 0, 2/8, 0, 5/8.
        let dimension = DimensionFigures(dimension: speed, stars: [1, 0, 2, 0, 5])
        #expect(dimension.rated == 8)
        #expect(dimension.mean == Fraction(4))
        #expect(dimension.starShares == [Fraction(25, 2), Fraction(0), Fraction(25), Fraction(0), Fraction(125, 2)])
        // Thirds stay exact: 100/3 %, never 33.333...
        #expect(DimensionFigures(dimension: speed, stars: [1, 0, 0, 1, 1]).starShares.first == Fraction(100, 3))
    }

    @Test func withoutRatingsThereIsNoMeanAndNoShare() {
        let dimension = DimensionFigures(dimension: speed, stars: [0, 0, 0, 0, 0])
        #expect(dimension.mean == nil)
        #expect(dimension.starShares == [nil, nil, nil, nil, nil])
    }
}
