// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lightboard",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lightboard", targets: ["lightboard"]),
        .library(name: "Lightboard", targets: ["Lightboard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // The .xlsx downloads (docs/archiving.md §5: its clean-build cost measured).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // Debian: libcmark-gfm-dev + libcmark-gfm-extensions-dev; Homebrew: cmark-gfm.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // SHA-256 with the x86 SHA instructions (the manifest hashes every file a build writes).
        .target(name: "CSHA256"),
        .target(
            name: "Lightboard",
            dependencies: [
                "CCmarkGFM",
                "CSHA256",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // `lightboard serve`: the preview server, apart from the pipeline.
        .target(
            name: "LightboardServe",
            dependencies: [
                "Lightboard",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "lightboard",
            dependencies: [
                "Lightboard",
                "LightboardServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes Render/TemplateLookups.generated.swift from Render/ViewModels.swift (docs/architecture.md).
        .executableTarget(name: "generate-template-fields"),
        .testTarget(
            name: "LightboardTests",
            dependencies: ["Lightboard", "generate-template-fields"],
            exclude: ["Snapshots"]  // golden files, read by path (SnapshotSupport.swift)
        ),
        .testTarget(
            name: "LightboardServeTests",
            dependencies: ["LightboardServe", "Lightboard"]
        ),
    ]
)
