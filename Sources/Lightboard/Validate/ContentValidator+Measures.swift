import Yams

// The site.yml settings of contract v2 (§7–§9): sub-categories, settlement limits,
// satisfaction dimensions, thresholds and extra rankings.
extension ContentValidator {
    /// categories: `{id, name, parent}`; a parent must be another category without a parent (one level only).
    mutating func validateCategories(_ node: Node, _ yaml: YAMLReader) -> [NamedItem] {
        let loaded = validateNamedItems(node, name: "categories", singular: "category", keys: InputDeclarations.site.names(of: "categories"), yaml)
        let ids = loaded.map(\.item.id)
        let parentNodes = loaded.map { yaml.value("parent", in: $0.mapping, required: false, diagnostics: &diagnostics) }
        let parentIDs = parentNodes.map { $0.flatMap { yaml.string($0, name: "category parent", diagnostics: &diagnostics) } }
        var categories = loaded.map(\.item)
        for (index, parentID) in parentIDs.enumerated() {
            guard let parentID, let parentNode = parentNodes[index] else { continue }
            guard let parent = ids.firstIndex(of: parentID) else {
                diagnostics.report(file: yaml.file, line: yaml.line(of: parentNode), "unknown parent \"\(parentID)\" of category \"\(ids[index])\"",
                                   hint: Suggestion.didYouMean(parentID, among: ids) ?? "a parent is another category's id")
                continue
            }
            guard parentIDs[parent] == nil else {
                diagnostics.report(file: yaml.file, line: yaml.line(of: parentNode),
                                   "parent \"\(parentID)\" of category \"\(ids[index])\" has a parent itself",
                                   hint: "sub-categories are one level deep: name a category without a parent")
                continue
            }
            categories[index].parent = parent
        }
        return categories
    }

    /// assessment.settle_within: a non-empty list of positive whole numbers, ascending.
    mutating func validateSettleWithin(_ node: Node, _ yaml: YAMLReader) -> [Int]? {
        guard let items = yaml.list(node, name: "assessment.settle_within", diagnostics: &diagnostics) else { return nil }
        guard !items.isEmpty else {
            diagnostics.report(file: yaml.file, line: yaml.line(of: node), "assessment.settle_within is empty",
                               hint: "list working-day limits such as [1, 3], or remove the key for the default [1, 3]")
            return nil
        }
        var limits: [Int] = []
        for item in items {
            guard let limit = yaml.nonNegativeInteger(item, name: "assessment.settle_within limit", diagnostics: &diagnostics) else { return nil }
            guard limit > 0 else {
                diagnostics.report(file: yaml.file, line: yaml.line(of: item), "assessment.settle_within limit 0 is not positive",
                                   hint: "limits are working days, 1 or more")
                return nil
            }
            if let last = limits.last, limit <= last {
                diagnostics.report(file: yaml.file, line: yaml.line(of: item),
                                   "assessment.settle_within is not ascending: \(limit) follows \(last)",
                                   hint: "list each limit once, smallest first, e.g. [1, 3, 5]")
                return nil
            }
            limits.append(limit)
        }
        return limits
    }

    /// assessment.thresholds: `{RATE_KEY: value}` in the order written.
    mutating func validateThresholds(_ node: Node, _ yaml: YAMLReader) -> [Threshold] {
        guard let mapping = yaml.mapping(node, name: "assessment.thresholds",
                                         allowedKeys: InputDeclarations.site.names(of: "assessment.thresholds"),
                                         diagnostics: &diagnostics) else { return [] }
        return mapping.entries.compactMap { key, value in
            yaml.decimal(value, name: "threshold \(key)", diagnostics: &diagnostics)
                .map { Threshold(rate: RateKind(rawValue: key)!, value: $0) }
        }
    }

    /// satisfaction: 1 to 8 dimensions and `satisfied_from` (default 4, from 1 to 5).
    mutating func validateSatisfaction(_ node: Node, _ yaml: YAMLReader) -> SatisfactionSettings? {
        guard let mapping = yaml.mapping(node, name: "satisfaction", allowedKeys: InputDeclarations.site.names(of: "satisfaction"),
                                         diagnostics: &diagnostics) else { return nil }
        var settings = SatisfactionSettings(dimensions: [], satisfiedFrom: SatisfactionSettings.defaultSatisfiedFrom)
        if let node = yaml.value("dimensions", in: mapping, required: true, diagnostics: &diagnostics) {
            settings.dimensions = validateNamedItems(node, name: "satisfaction.dimensions", singular: "dimension",
                                                 keys: InputDeclarations.site.names(of: "satisfaction.dimensions"), yaml).map(\.item)
            if settings.dimensions.count > SatisfactionSettings.maximumDimensions {
                diagnostics.report(file: yaml.file, line: yaml.line(of: node),
                                   "satisfaction.dimensions lists \(settings.dimensions.count) dimensions",
                                   hint: "list 1 to \(SatisfactionSettings.maximumDimensions) dimensions")
            }
        }
        if let node = yaml.value("satisfied_from", in: mapping, required: false, diagnostics: &diagnostics),
           let from = yaml.decimal(node, name: "satisfaction.satisfied_from", diagnostics: &diagnostics) {
            if from < Fraction(1) || Fraction(5) < from {
                diagnostics.report(file: yaml.file, line: yaml.line(of: node), "satisfaction.satisfied_from \(node.scalar?.string ?? "") is outside 1 to 5",
                                   hint: "ratings are 1 to 5 stars; the default is 4")
            }
            settings.satisfiedFrom = from
        }
        return settings
    }

    /// rankings: `{id, title, channels, by, top}`; `channels` defaults to the assessed channels.
    mutating func validateRankings(_ node: Node, channels known: [String], assessed: [String]?, _ yaml: YAMLReader) -> [RankingDefinition] {
        guard let items = yaml.list(node, name: "rankings", diagnostics: &diagnostics) else { return [] }
        var rankings: [RankingDefinition] = []
        var lineByID: [String: Int] = [:]
        for item in items {
            guard let mapping = yaml.mapping(item, name: "ranking", allowedKeys: InputDeclarations.site.names(of: "rankings"),
                                             diagnostics: &diagnostics) else { continue }
            let errorsBefore = diagnostics.diagnostics.count
            let idNode = yaml.value("id", in: mapping, required: true, diagnostics: &diagnostics)
            let id = idNode.flatMap { yaml.string($0, name: "ranking id", diagnostics: &diagnostics) }
            if let id, let idNode {
                if !ContentName.isIdentifier(id) {
                    diagnostics.report(file: yaml.file, line: yaml.line(of: idNode), "invalid ranking id \"\(id)\"", hint: ContentName.identifierHint)
                } else if let firstLine = lineByID[id] {
                    diagnostics.report(file: yaml.file, line: yaml.line(of: idNode), "duplicate ranking id \"\(id)\"",
                                       hint: "first defined on line \(firstLine)")
                } else {
                    lineByID[id] = yaml.line(of: idNode)
                }
            }
            let title = yaml.value("title", in: mapping, required: true, diagnostics: &diagnostics)
                .flatMap { yaml.localizedText($0, name: "ranking title", diagnostics: &diagnostics) }
            var rankingChannels = assessed ?? known
            if let node = yaml.value("channels", in: mapping, required: false, diagnostics: &diagnostics),
               let list = yaml.list(node, name: "ranking channels", diagnostics: &diagnostics) {
                var listed = Set<String>()
                for channel in list {
                    guard let channelID = yaml.string(channel, name: "ranking channel", diagnostics: &diagnostics) else { continue }
                    if known.contains(channelID) {
                        listed.insert(channelID)
                    } else {
                        diagnostics.report(file: yaml.file, line: yaml.line(of: channel), "unknown channel \"\(channelID)\" in ranking",
                                           hint: Suggestion.didYouMean(channelID, among: known) ?? "channels are \(Suggestion.quoted(known))")
                    }
                }
                if list.isEmpty {
                    diagnostics.report(file: yaml.file, line: yaml.line(of: node), "ranking channels is empty",
                                       hint: "name at least one channel, or remove the key to rank over the assessed channels")
                }
                rankingChannels = known.filter(listed.contains)
            }
            var measure: RankingMeasure?
            if let node = yaml.value("by", in: mapping, required: true, diagnostics: &diagnostics),
               let key = yaml.string(node, name: "ranking by", diagnostics: &diagnostics) {
                measure = RankingMeasure(key: key)
                if measure == nil {
                    diagnostics.report(file: yaml.file, line: yaml.line(of: node), "unknown ranking by \"\(key)\"",
                                       hint: Suggestion.didYouMean(key, among: RankingMeasure.keys)
                                           ?? "by is one of \(RankingMeasure.keys.joined(separator: ", "))")
                }
            }
            var top: Int?
            if let node = yaml.value("top", in: mapping, required: false, diagnostics: &diagnostics),
               let value = yaml.nonNegativeInteger(node, name: "ranking top", diagnostics: &diagnostics) {
                if value == 0 {
                    diagnostics.report(file: yaml.file, line: yaml.line(of: node), "ranking top 0 keeps nothing",
                                       hint: "give 1 or more, or remove top to keep every department")
                }
                top = value
            }
            guard diagnostics.diagnostics.count == errorsBefore, let id, let title, let measure else { continue }
            rankings.append(RankingDefinition(id: id, title: title, channels: rankingChannels, measure: measure, top: top))
        }
        return rankings
    }
}
