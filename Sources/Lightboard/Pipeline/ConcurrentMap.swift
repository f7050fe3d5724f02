import Dispatch

extension Array where Element: Sendable {
    /// `map` with the elements transformed on every core; the results keep the
    /// elements' order, so output does not depend on scheduling.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        [Result](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let results = ResultSlots(base: buffer.baseAddress)
            withoutActuallyEscaping(transform) { transform in
                DispatchQueue.concurrentPerform(iterations: count) { [self] index in
                    results.store(transform(self[index]), at: index)
                }
            }
            initializedCount = count
        }
    }
}

/// The uninitialised result buffer, shared by the worker threads: each index is
/// initialised exactly once, by one thread, so no two threads touch the same slot.
private struct ResultSlots<Result>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result>?

    func store(_ result: Result, at index: Int) {
        (base! + index).initialize(to: result)
    }
}
