// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "GreenRoute",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "greenroute", targets: ["greenroute"]),
        .library(name: "GreenRouteCore", targets: ["GreenRouteCore"]),
        .library(name: "GreenRouteIO", targets: ["GreenRouteIO"]),
        .library(name: "GreenRouteCheck", targets: ["GreenRouteCheck"]),
        .library(name: "GreenRouteHeuristic", targets: ["GreenRouteHeuristic"]),
        .library(name: "GreenRouteMIP", targets: ["GreenRouteMIP"]),
        .library(name: "GreenRouteBatch", targets: ["GreenRouteBatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "GreenRouteCore"),
        .target(name: "GreenRouteIO", dependencies: ["GreenRouteCore"]),
        .target(name: "GreenRouteCheck", dependencies: ["GreenRouteCore"]),
        .target(
            name: "GreenRouteHeuristic",
            dependencies: ["GreenRouteCore"],
            // The search's hot loops mutate class-held state; release builds skip the run-time
            // exclusivity checks there (Docs/heuristic.md, "Exclusivity checks and the budget").
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        .target(name: "CGLPKGuard", dependencies: ["CGLPK"]),
        .target(name: "GreenRouteMIP", dependencies: ["GreenRouteCore", "GreenRouteHeuristic", "CGLPK", "CGLPKGuard"]),
        .target(name: "GreenRouteBatch", dependencies: ["GreenRouteCore", "GreenRouteIO", "GreenRouteCheck"]),
        .executableTarget(
            name: "greenroute",
            dependencies: [
                "GreenRouteCore", "GreenRouteIO", "GreenRouteCheck",
                "GreenRouteHeuristic", "GreenRouteMIP", "GreenRouteBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GreenRouteCoreTests", dependencies: ["GreenRouteCore"]),
        .testTarget(
            name: "GreenRouteIOTests",
            dependencies: ["GreenRouteIO", "GreenRouteCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "GreenRouteCheckTests", dependencies: ["GreenRouteCheck", "GreenRouteCore", "GreenRouteIO"]),
        .testTarget(
            name: "GreenRouteHeuristicTests",
            dependencies: ["GreenRouteHeuristic", "GreenRouteCheck", "GreenRouteIO", "GreenRouteCore"]
        ),
        .testTarget(
            name: "GreenRouteMIPTests",
            dependencies: ["GreenRouteMIP", "GreenRouteCheck", "GreenRouteIO", "GreenRouteCore"]
        ),
        .testTarget(name: "GreenRouteBatchTests", dependencies: ["GreenRouteBatch", "GreenRouteCore"]),
        .testTarget(name: "GreenRouteCLITests", dependencies: ["greenroute"]),
    ]
)
