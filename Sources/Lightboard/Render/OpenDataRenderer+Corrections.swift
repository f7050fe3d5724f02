/// `data/SLUG/corrections.json`, the machine-readable corrections log of a period that has
/// corrections (docs/archiving.md §6): each correction of quarter.yml, newest first, with
/// its date, its text in every language it is written in, and the figures it changed.
extension OpenDataRenderer {
    static func correctionsPath(_ period: PeriodID) -> String { "data/\(period.slug)/corrections.json" }

    static func corrections(_ period: PeriodResult, config: SiteConfig) -> RenderedFile? {
        guard !period.info.corrections.isEmpty else { return nil }
        let entries = period.info.corrections.map { correction in
            JSONValue.object([
                JSONMember("date", .string(correction.date.description)),
                JSONMember("text", .object(config.languages.compactMap { language in
                    correction.text.texts[language].map { JSONMember(language, .string($0)) }
                })),
                JSONMember("changes", .array(correction.changes.map { change in
                    .object([JSONMember("figure", .string(change.figure)),
                             JSONMember("old", JSONValue(parsing: change.old.json) ?? .null),
                             JSONMember("new", JSONValue(parsing: change.new.json) ?? .null)])
                })),
            ])
        }
        let log = JSONValue.object([
            JSONMember(period.id.kind.summaryKey, .string(period.id.description)),
            JSONMember("published", .string(period.info.published.description)),
            JSONMember("corrections", .array(entries)),
        ])
        return RenderedFile(path: correctionsPath(period.id), text: log.prettyText)
    }
}
