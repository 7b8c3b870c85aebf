// swift-tools-version:6.0
// Briefing: Chinese report text → figures → briefing (PDF, charts, summary).
// Layering (see DESIGN.md): CCairo ← BriefingRender; BriefingAnalysis; both ← BriefingReport ← briefing;
// CPoppler + BriefingAnalysis ← BriefingPDF (the PDF ingest) ← briefing.
import PackageDescription

let package = Package(
    name: "Briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingAnalysis", targets: ["BriefingAnalysis"]),
        .library(name: "BriefingRender", targets: ["BriefingRender"]),
        .library(name: "BriefingReport", targets: ["BriefingReport"]),
        .library(name: "BriefingPDF", targets: ["BriefingPDF"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .target(name: "BriefingAnalysis"),
        .target(name: "BriefingPDF", dependencies: ["CPoppler", "BriefingAnalysis"]),
        .target(name: "BriefingRender", dependencies: ["CCairo"]),
        .target(name: "BriefingReport", dependencies: ["BriefingAnalysis", "BriefingRender"]),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingAnalysis", "BriefingRender", "BriefingReport", "BriefingPDF",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "bench-extract", dependencies: ["BriefingAnalysis"]),
        .executableTarget(name: "bench-render", dependencies: ["BriefingRender"]),
        .executableTarget(name: "bench-pdf", dependencies: ["BriefingPDF", "BriefingRender"]),
        .executableTarget(name: "bench-briefing"),
        .testTarget(name: "BriefingAnalysisTests", dependencies: ["BriefingAnalysis"]),
        .testTarget(name: "BriefingRenderTests", dependencies: ["BriefingRender"]),
        .testTarget(name: "BriefingReportTests", dependencies: ["BriefingReport", "BriefingPDF"]),
        .testTarget(name: "BriefingCLITests", dependencies: ["BriefingAnalysis", "BriefingRender"]),
        .testTarget(name: "BriefingPDFTests", dependencies: ["BriefingPDF", "BriefingRender"]),
    ],
    swiftLanguageModes: [.v5]
)
