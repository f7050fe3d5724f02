/// The orderings of the contract. Registry order breaks every tie.
public enum Rankings {
    /// Departments with at least one assessed post, by exact score descending, then
    /// registry order, ranked 1...n with no gaps.
    public static func league(_ departments: [DepartmentFigures]) -> [DepartmentFigures] {
        let ordered = departments.filter { $0.tally.posts >= 1 }.sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.department.registryIndex < $1.department.registryIndex
        }
        return ordered.enumerated().map { offset, figures in
            var ranked = figures
            ranked.rank = offset + 1
            return ranked
        }
    }

    /// All-green departments by assessed posts descending, then registry order.
    public static func greenList(_ league: [DepartmentFigures]) -> [DepartmentFigures] {
        league.filter(\.tally.isAllGreen).sorted {
            $0.tally.posts != $1.tally.posts ? $0.tally.posts > $1.tally.posts
                : $0.department.registryIndex < $1.department.registryIndex
        }
    }

    /// Departments with at least one red light by red lights descending, then registry order.
    public static func redList(_ league: [DepartmentFigures]) -> [DepartmentFigures] {
        league.filter { $0.tally.lights.red >= 1 }.sorted {
            $0.tally.lights.red != $1.tally.lights.red ? $0.tally.lights.red > $1.tally.lights.red
                : $0.department.registryIndex < $1.department.registryIndex
        }
    }

    /// Lead departments (in the league or not) by issues led descending, then registry order.
    public static func complexIssueLeaders(_ issues: [ComplexIssue], registry: DepartmentRegistry) -> [ComplexIssueLeader] {
        var issuesLed = Array(repeating: 0, count: registry.departments.count)
        for issue in issues {
            guard let index = registry.index(of: issue.lead) else {
                preconditionFailure("complex issue \(issue.slug) led by unknown department \(issue.lead)")
            }
            issuesLed[index] += 1
        }
        let leaders = registry.departments.indices.filter { issuesLed[$0] > 0 }
            .map { ComplexIssueLeader(department: registry.departments[$0], issues: issuesLed[$0]) }
        return leaders.sorted {
            $0.issues != $1.issues ? $0.issues > $1.issues : $0.department.registryIndex < $1.department.registryIndex
        }
    }
}
