import ArgumentParser
import Lightboard

@main
struct LightboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lightboard",
        abstract: "Build the online-response ratings site from CSV, YAML and Markdown.",
        version: "0.1.0",
        subcommands: []
    )
}
