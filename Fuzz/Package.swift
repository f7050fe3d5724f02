// swift-tools-version:6.0
// libFuzzer targets over Lightboard's readers; `make fuzz` builds and runs them
// (docs/quality.md). A package of its own, so that the normal build and
// `swift test` never compile code that needs libFuzzer.
import PackageDescription

let package = Package(
    name: "LightboardFuzz",
    dependencies: [.package(name: "Lightboard", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "FuzzCSV", dependencies: ["CFuzzerDriver", .product(name: "Lightboard", package: "Lightboard")]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["CFuzzerDriver", .product(name: "Lightboard", package: "Lightboard")]),
    ]
)
