import Foundation
@testable import Lightboard
import XCTest

/// The progress line of long builds: drawn on a terminal only, and cleared at the end.
final class ProgressLineTests: XCTestCase {
    func testNoLineWhenStandardErrorIsAPipe() {
        let pipe = Pipe()
        XCTAssertNil(ProgressLine(fileDescriptor: pipe.fileHandleForWriting.fileDescriptor))
    }

    func testDrawsTheStageThenClearsIt() throws {
        let pipe = Pipe()
        let line = ProgressLine(drawingOn: pipe.fileHandleForWriting.fileDescriptor, delay: .zero)
        line.report(.readingPosts(done: 1, of: 2))
        Thread.sleep(forTimeInterval: 0.5)
        line.finish()
        line.update(.writing)  // after finish: nothing more is drawn
        Thread.sleep(forTimeInterval: 0.3)
        try pipe.fileHandleForWriting.close()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(text.contains("\r\u{1B}[Klightboard: reading the posts: 1 of 2 periods (0 s)"), text.debugDescription)
        XCTAssertTrue(text.hasSuffix(" s)\r\u{1B}[K"), text.debugDescription)
        XCTAssertFalse(text.contains("writing"), text.debugDescription)
    }

    /// A build shorter than the delay never shows the line.
    func testAShortBuildDrawsNothing() throws {
        let pipe = Pipe()
        let line = ProgressLine(drawingOn: pipe.fileHandleForWriting.fileDescriptor, delay: .seconds(5))
        line.update(.rendering)
        line.finish()
        try pipe.fileHandleForWriting.close()
        XCTAssertEqual(pipe.fileHandleForReading.readDataToEndOfFile().count, 0)
    }

    func testStagesReadAsSentences() {
        XCTAssertEqual(BuildStage.loading.description, "reading the content")
        XCTAssertEqual(BuildStage.rendering.description, "rendering the pages")
        XCTAssertEqual(BuildStage.writing.description, "writing the site")
    }
}
