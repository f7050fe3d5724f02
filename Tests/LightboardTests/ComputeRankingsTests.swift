import XCTest
@testable import Lightboard

final class ComputeRankingsTests: XCTestCase {
    private typealias F = ComputeFixtures

    private func indices(_ list: [DepartmentFigures]) -> [Int] { list.map(\.department.registryIndex) }

    func testLeagueByScoreDescendingThenRegistryOrder() {
        let league = Rankings.league([F.figures(0, score: Fraction(1)), F.figures(1, score: Fraction(5)),
                                      F.figures(2, score: Fraction(1)), F.figures(3, score: Fraction(-1, 8))])
        XCTAssertEqual(indices(league), [1, 0, 2, 3])
    }

    func testLeagueRanksHaveNoGapsEvenForTies() {
        let league = Rankings.league([F.figures(0, score: Fraction(2)), F.figures(1, score: Fraction(2)), F.figures(2)])
        XCTAssertEqual(league.map(\.rank), [1, 2, 3])
    }

    func testLeagueLeavesOutDepartmentsWithoutAssessedPosts() {
        XCTAssertEqual(indices(Rankings.league([F.figures(0, posts: 0, score: Fraction(9)), F.figures(1)])), [1])
    }

    func testLeagueOrderDoesNotDependOnInputOrder() {
        let league = Rankings.league([F.figures(2, score: Fraction(1)), F.figures(0, score: Fraction(1)), F.figures(1, score: Fraction(1))])
        XCTAssertEqual(indices(league), [0, 1, 2])
    }

    func testExactTieThatFloatingPointWouldBreakFallsBackToRegistryOrder() {
        // 0.1 x 1/3 and 0.3 x 1/9 are both 1/30; as Doubles the first is larger.
        let weights = [ScoreWeight(rate: .acceptanceRate, weight: Fraction(decimal: "0.1")!),
                       ScoreWeight(rate: .replyRate, weight: Fraction(decimal: "0.3")!)]
        let assessment = F.config(weights: weights).assessment
        let oneThirdAccepted = RatingRules.score(tally: Tally(posts: 3, accepted: 1), assessment: assessment,
                                                 bonus: .zero, penalty: .zero, complexIssues: 0)
        let oneNinthReplied = RatingRules.score(tally: Tally(posts: 9, replied: 1), assessment: assessment,
                                                bonus: .zero, penalty: .zero, complexIssues: 0)
        let league = Rankings.league([F.figures(1, score: oneThirdAccepted), F.figures(0, score: oneNinthReplied)])
        XCTAssertEqual(indices(league), [0, 1])
    }

    func testGreenListByAssessedPostsDescendingThenRegistryOrder() {
        let league = [F.figures(0, posts: 2, accepted: 2, green: 2), F.figures(1, posts: 5, accepted: 4, green: 4),
                      F.figures(2, posts: 5, accepted: 5, green: 5), F.figures(3, posts: 9, accepted: 2, green: 1, red: 1)]
        XCTAssertEqual(indices(Rankings.greenList(league)), [1, 2, 0])
    }

    func testGreenListNeedsAnAcceptedPost() {
        XCTAssertEqual(indices(Rankings.greenList([F.figures(0, posts: 3, accepted: 0)])), [])
    }

    func testRedListByRedDescendingThenRegistryOrder() {
        let league = [F.figures(0, accepted: 1, red: 1), F.figures(1, accepted: 1, green: 1),
                      F.figures(2, accepted: 3, red: 3), F.figures(3, accepted: 1, red: 1)]
        XCTAssertEqual(indices(Rankings.redList(league)), [2, 0, 3])
    }

    func testComplexIssueLeadersByIssuesThenRegistryOrder() {
        let issues = F.quarterContent(F.q3, issueLeads: ["commerce", "housing", "psb", "commerce", "housing"]).complexIssues
        let leaders = Rankings.complexIssueLeaders(issues, registry: F.threeDepartments)
        XCTAssertEqual(leaders.map { "\($0.department.id):\($0.issues)" }, ["housing:2", "commerce:2", "psb:1"])
    }
    func testTopClassesByPostsThenSiteOrderSubCategoriesLeftOutEmptyClassesToo() {
        func count(_ id: String, _ posts: Int, parent: String? = nil) -> CategoryCount {
            CategoryCount(category: NamedItem(id: id, name: LocalizedText(id, language: "en")), posts: posts,
                          parent: parent.map { NamedItem(id: $0, name: LocalizedText($0, language: "en")) })
        }
        // b and d tie at 4 (site.yml order: b first); a's sub-category a-1 (9) is not a class; g has no posts.
        let categories = [count("a", 10), count("a-1", 9, parent: "a"), count("b", 4), count("c", 7), count("d", 4),
                          count("e", 1), count("f", 2), count("g", 0)]
        XCTAssertEqual(Rankings.topClasses(categories).map(\.category.id), ["a", "c", "b", "d", "f"])
        XCTAssertEqual(Rankings.topClasses([count("a", 0), count("b", 3)]).map(\.category.id), ["b"])
    }

    func testTheHomePageShowsTheLeaguesFirstFiveAndADepartmentPageTenRedPosts() {
        let league = Rankings.league((0..<7).map { F.figures($0, score: Fraction(7 - $0)) })
        XCTAssertEqual(indices(Array(Rankings.homeLeague(league))), [0, 1, 2, 3, 4])
        XCTAssertEqual(indices(Array(Rankings.homeLeague(Array(league.prefix(2))))), [0, 1])
        let posts = (0..<12).map { RedPost(id: "r\($0)", department: "d0", isPublic: true, title: "", url: nil,
                                           postedAt: Timestamp(instant: Int64($0), localDay: Day(iso: "2024-07-01")!),
                                           workingDaysWaiting: 1) }
        XCTAssertEqual(Rankings.departmentRedPosts(posts).map(\.id), (0..<10).map { "r\($0)" })
    }
}
