/// A stage's worker that reports into its own bag (`ContentReader`, `ContentValidator`).
protocol DiagnosticCollecting: Sendable {
    var diagnostics: DiagnosticBag { get set }
}

extension DiagnosticCollecting {
    /// `work` applied to every element on every core, each on its own copy of the
    /// worker; their diagnostics are added in element order, the order of a loop,
    /// so the diagnostics do not depend on scheduling.
    mutating func concurrentCollect<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ work: @Sendable (inout Self, Element) -> Result
    ) -> [Result] {
        let done = elements.concurrentMap { [self] element in
            var worker = self
            worker.diagnostics = DiagnosticBag()
            let result = work(&worker, element)
            return (result: result, diagnostics: worker.diagnostics)
        }
        for element in done { diagnostics.merge(element.diagnostics) }
        return done.map(\.result)
    }
}
