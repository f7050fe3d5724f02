import ArgumentParser
import Foundation
import Lightboard

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Package one period as a BagIt bag (RFC 8493), for an archive.",
        discussion: """
            The bag holds the period's pages in every language, its open data, the style sheets,
            and the content it was built from (site.yml, departments.csv, the calendar years, the
            period's folder and the one before it), with SHA-256 manifests and bag-info.txt.
            Bagging-Date is the period's publication date: the same content gives the same bag.
            DIR must not exist yet, or be empty.
            """
    )

    @Option(name: .customLong("bagit"), help: ArgumentHelp("The period: a quarter (2024-Q3) or a month (2019-05).", valueName: "PERIOD"))
    var period: String

    @Argument(help: ArgumentHelp("The new folder the bag is written into.", valueName: "DIR"))
    var directory: String

    @OptionGroup var content: ContentOption

    @Option(name: .long, help: ArgumentHelp("The templates the pages are rendered with. (default: as for build)", valueName: "DIR"))
    var templates: String?

    func validate() throws {
        guard PeriodID(period) != nil else {
            throw ValidationError("'\(period)' is not a period: write a quarter as 2024-Q3 or a month as 2019-05.")
        }
    }

    func run() throws {
        do {
            let summary = try BagExporter.export(period: PeriodID(period)!, to: directory, contentDirectory: content.content,
                                                 templatesDirectory: templates ?? defaultTemplates())
            print("Bagged \(PeriodID(period)!) into \(directory)/: \(counted(summary.payloadFiles, "file")), "
                + "\(summary.payloadOctets) bytes of payload.")
        } catch let errors as ContentErrors {
            throw report(errors, nothingWrittenTo: directory)
        } catch let errors as FileErrors {
            throw report(errors.errors, nothingWrittenTo: directory)
        }
    }
}
