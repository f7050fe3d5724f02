import XCTest
@testable import Lightboard

final class ComputePeriodAccumulatorTests: XCTestCase {
    private typealias F = ComputeFixtures

    /// Departments 0 psb, 1 housing, 2 commerce; channels 0 board (assessed), 1 mailbox;
    /// categories 0 inquiry, 1 complaint, 2 suggestion.
    private let posts = [
        F.post("green", department: 0, replied: "2024-07-04"),
        F.post("gray", department: 0, category: 1, replied: "2024-07-09"),
        F.post("yellow", department: 0, replied: "2024-07-05", isPublic: false),
        F.post("red", department: 1, posted: "2024-09-30", accepted: "2024-09-30", replied: nil, title: "积水"),
        F.post("accepted-late", department: 1, posted: "2024-09-30", accepted: "2024-10-16", replied: nil),
        F.post("replied-only", department: 1, accepted: nil, replied: "2024-07-02"),
        F.post("mailbox", channel: 1, department: 2, category: 1, replied: nil, isPublic: false),
    ]

    private var accumulator: PeriodAccumulator { F.accumulate(posts) }

    func testChannelCountsAllItsPostsWithTheCutOff() {
        XCTAssertEqual(accumulator.channelTallies[0], Tally(posts: 6, accepted: 4, replied: 4,
                                                             lights: LightCounts(green: 1, yellow: 1, gray: 1, red: 1), settledWithin: [0, 0]))
    }

    func testChannelNotAssessedHasCountsButNoLights() {
        XCTAssertEqual(accumulator.channelTallies[1], Tally(posts: 1, accepted: 1, replied: 0, settledWithin: [0, 0]))
    }

    func testPublicPostsPerChannel() { XCTAssertEqual(accumulator.publicPosts, [5, 0]) }

    func testAssessedTotalsOnlyCountAssessedChannels() {
        XCTAssertEqual(accumulator.assessed, Tally(posts: 6, accepted: 4, replied: 4,
                                                   lights: LightCounts(green: 1, yellow: 1, gray: 1, red: 1), settledWithin: [0, 0]))
    }

    func testTheFourLightsAddUpToAccepted() {
        XCTAssertEqual(accumulator.assessed.lights.total, accumulator.assessed.accepted)
        XCTAssertEqual(accumulator.departmentTallies.map(\.lights.total), accumulator.departmentTallies.map(\.accepted))
    }

    func testCategoriesCountAssessedPostsIncludingZeros() { XCTAssertEqual(accumulator.categoryPosts, [5, 1, 0]) }

    func testDepartmentTalliesAreOverAssessedPosts() {
        XCTAssertEqual(accumulator.departmentTallies, [
            Tally(posts: 3, accepted: 3, replied: 3, lights: LightCounts(green: 1, yellow: 1, gray: 1), settledWithin: [0, 0]),
            Tally(posts: 3, accepted: 1, replied: 1, lights: LightCounts(red: 1), settledWithin: [0, 0]),
            Tally(settleLimits: 2),
        ])
    }

    func testRedPostsAreKeptWithTheirWaitingDays() {
        XCTAssertEqual(accumulator.redPosts, [RedPost(id: "red", department: "housing", isPublic: true, title: "积水", url: nil,
                                                      postedAt: F.at("2024-09-30"), workingDaysWaiting: 7)])
    }

    func testRedPostRemembersWhetherItIsPublic() {
        let nonPublic = F.accumulate([F.post("private", replied: nil, isPublic: false, title: "私事")])
        XCTAssertEqual(nonPublic.redPosts.map(\.isPublic), [false])
    }

    func testMergingHalvesEqualsAccumulatingAll() {
        var first = F.accumulate(Array(posts.prefix(3)))
        first.merge(F.accumulate(Array(posts.dropFirst(3))))
        XCTAssertEqual(first.channelTallies, accumulator.channelTallies)
        XCTAssertEqual(first.publicPosts, accumulator.publicPosts)
        XCTAssertEqual(first.assessed, accumulator.assessed)
        XCTAssertEqual(first.categoryPosts, accumulator.categoryPosts)
        XCTAssertEqual(first.departmentTallies, accumulator.departmentTallies)
        XCTAssertEqual(first.redPosts, accumulator.redPosts)
    }
}
