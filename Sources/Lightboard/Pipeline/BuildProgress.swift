import Foundation
import Synchronization

/// What a running build is doing, as `SiteBuilder.build` reports it to a progress line.
public enum BuildStage: Sendable, Equatable, CustomStringConvertible {
    case loading
    /// Quarters whose posts are read and counted, of all quarters.
    case readingPosts(done: Int, of: Int)
    case rendering
    case writing

    public var description: String {
        switch self {
        case .loading: "reading the content"
        case .readingPosts(let done, let total): "reading the posts: \(done) of \(total) periods"
        case .rendering: "rendering the pages"
        case .writing: "writing the site"
        }
    }
}

/// Told of each stage as it starts; called from any thread.
public typealias BuildProgress = @Sendable (BuildStage) -> Void

/// Counts the quarters whose posts have been read, from the threads that read them.
final class PostsProgress: Sendable {
    private let done = Atomic<Int>(0)
    let total: Int
    let report: BuildProgress

    init(total: Int, report: @escaping BuildProgress) {
        self.total = total
        self.report = report
        report(.readingPosts(done: 0, of: total))
    }

    func quarterDone() {
        let count = done.add(1, ordering: .relaxed).newValue
        report(.readingPosts(done: count, of: total))
    }
}

/// A line on a terminal saying what a long build is doing: drawn only when the file descriptor
/// is a terminal and the build has taken `delay` already, redrawn a few times a second, and
/// cleared when the build ends, so short builds and logs never see it.
/// (`@unchecked`: the Dispatch timer is not marked Sendable; it is only set up in `init` and
/// cancelled in `finish`, and everything it draws goes through the `Mutex`.)
public final class ProgressLine: @unchecked Sendable {
    private struct State {
        var stage: BuildStage = .loading
        var shown = false
        var finished = false
    }

    private let fileDescriptor: Int32
    private let state = Mutex(State())
    private let started = ContinuousClock.now
    private let timer: DispatchSourceTimer

    /// Nil when `fileDescriptor` is not a terminal (a pipe, a file, CI).
    public convenience init?(fileDescriptor: Int32 = STDERR_FILENO, delay: Duration = .seconds(1)) {
        guard isatty(fileDescriptor) == 1 else { return nil }
        self.init(drawingOn: fileDescriptor, delay: delay)
    }

    /// Draws whatever `fileDescriptor` is (the tests give it a pipe).
    init(drawingOn fileDescriptor: Int32, delay: Duration) {
        self.fileDescriptor = fileDescriptor
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "lightboard.progress"))
        let delayNanoseconds = Int(delay.components.seconds) * 1_000_000_000 + Int(delay.components.attoseconds / 1_000_000_000)
        timer.schedule(deadline: .now() + .nanoseconds(delayNanoseconds), repeating: .milliseconds(200))
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    public func update(_ stage: BuildStage) {
        state.withLock { $0.stage = stage }
    }

    /// `update`, to hand to `SiteBuilder.build`.
    public var report: BuildProgress { { [self] stage in update(stage) } }

    /// Stops drawing and clears the line; call it before printing the build's result.
    public func finish() {
        timer.cancel()
        state.withLock { state in
            state.finished = true
            if state.shown { write("\r\u{1B}[K") }
        }
    }

    /// Writes under the lock, so that a line drawn late never follows the cleared one.
    private func draw() {
        let elapsed = ContinuousClock.now - started
        state.withLock { state in
            guard !state.finished else { return }
            state.shown = true
            write("\r\u{1B}[Klightboard: \(state.stage) (\(elapsed.components.seconds) s)")
        }
    }

    private func write(_ text: String) {
        FileHandle(fileDescriptor: fileDescriptor, closeOnDealloc: false).write(Data(text.utf8))
    }
}
