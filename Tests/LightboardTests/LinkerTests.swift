import XCTest
@testable import Lightboard

/// Relative links, written without joining component arrays.
final class LinkerTests: XCTestCase {
    func testRelativeLinksClimbToTheSharedFolder() {
        let league = Linker(pageDirectory: ["zh", "2024-q3", "league"])
        XCTAssertEqual(league.page(["zh", "departments", "commerce"]), "../../departments/commerce/index.html")
        XCTAssertEqual(league.page(["zh", "2024-q3", "league"]), "index.html")
        XCTAssertEqual(league.page(["zh", "2024-q3"]), "../index.html")
        XCTAssertEqual(league.page(["en", "2024-q3", "league"]), "../../../en/2024-q3/league/index.html")
        XCTAssertEqual(league.page([]), "../../../index.html")
        XCTAssertEqual(league.file(["assets", "style.css"]), "../../../assets/style.css")
        XCTAssertEqual(league.file("zh/feed.xml"), "../../feed.xml")
        let root = Linker(pageDirectory: [])
        XCTAssertEqual(root.page(["zh"]), "zh/index.html")
        XCTAssertEqual(root.file(["assets", "style.css"]), "assets/style.css")
        XCTAssertEqual(Linker(pageDirectory: ["zh", "a", "b"]).page(["zh", "x", "b"]), "../../x/b/index.html")
        XCTAssertEqual(Linker(baseURL: "https://example.org/").page(["zh", "archive"]), "https://example.org/zh/archive/")
    }
}
