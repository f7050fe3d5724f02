import ArgumentParser
import Foundation
import Lightboard

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new period: its folder with the settings filled in and the CSV headers.",
        subcommands: [NewQuarter.self, NewMonth.self]
    )
}

struct NewQuarter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarter", abstract: "Create quarters/YYYY-QN/ with quarter.yml, posts.csv and adjustments.csv.")

    @Argument(help: ArgumentHelp("The quarter, e.g. 2024-Q4.", valueName: "YYYY-QN"))
    var id: String

    @OptionGroup var content: ContentOption

    func run() throws { try createPeriod(.quarter, id: id, contentDirectory: content.content) }
}

struct NewMonth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "month", abstract: "Create months/YYYY-MM/ with month.yml, posts.csv and adjustments.csv.")

    @Argument(help: ArgumentHelp("The month, e.g. 2019-06.", valueName: "YYYY-MM"))
    var id: String

    @OptionGroup var content: ContentOption

    func run() throws { try createPeriod(.month, id: id, contentDirectory: content.content) }
}

/// Creates the folder, names its files and what is left to do; on an error, writes nothing.
private func createPeriod(_ kind: NewPeriod.Kind, id: String, contentDirectory: String) throws {
    do {
        let period = try NewPeriod(kind: kind, id: id)
        let notes = try period.create(inContentDirectory: contentDirectory)
        let folder = contentDirectory + "/" + period.folder
        print("Created \(folder)/: " + period.files.map(\.name).joined(separator: ", ") + ".")
        print("Next: check as_of and published in \(folder)/\(kind.rawValue).yml, fill in posts.csv, "
            + "then run lightboard check --content \(contentDirectory).")
        for note in notes { print(note) }
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        throw ExitCode.failure
    }
}
