import ArgumentParser
import Foundation
import Lightboard
import LightboardServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site in a browser while you edit; it reloads when you save a file.",
        discussion: """
            The site is built in memory, never into the output folder, and served under the path of \
            site.yml's base_url (https://example.org/ratings/ → http://127.0.0.1:8000/ratings/). \
            A build with errors shows them in the browser. Ctrl-C stops the server.
            """
    )

    @OptionGroup var content: ContentOption
    @OptionGroup var templates: TemplatesOption
    @OptionGroup var baseURL: BaseURLOption

    @Option(name: .long, help: "The port to listen on.")
    var port: UInt16 = 8000

    @Option(name: .long, help: ArgumentHelp("The address to listen on; another machine can reach 0.0.0.0.", valueName: "H"))
    var host = "127.0.0.1"

    func run() async throws {
        let options = ServeOptions(
            contentDirectory: content.content, templatesDirectory: templates.directory, host: host, port: port,
            baseURL: baseURL.baseURL, log: { FileHandle.standardError.write(Data("\($0)\n".utf8)) })
        let server = PreviewServer(options: options)
        let address: String
        do {
            address = try await server.start()
        } catch {
            let next = port == UInt16.max ? 8000 : port + 1
            let text = "\(host):\(port): error: cannot listen (\(error))\n"
                + "    hint: another program may use the port: try --port \(next)\n"
            FileHandle.standardError.write(Data(text.utf8))
            throw ExitCode.failure
        }
        // Unbuffered: the address is what the user waits for, even through a pipe.
        FileHandle.standardOutput.write(Data("Serving \(content.content)/ at \(address) (Ctrl-C stops)\n".utf8))
        while true { try await Task.sleep(for: .seconds(3600)) }
    }
}
