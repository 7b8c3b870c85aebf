import ArgumentParser
import BriefingAnalysis
import BriefingReport
import Foundation

/// `briefing pdf`: the paginated briefing only.
struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Write the PDF briefing.",
        discussion: "Example:\n  briefing pdf seeds/ -o Reports/briefing.pdf --title \"环境绩效简报\""
    )

    @OptionGroup var input: InputOptions
    @Option(name: .shortAndLong, help: "The PDF file to write.") var output: String = "Reports/briefing.pdf"
    @OptionGroup var report: ReportCommandOptions

    func run() throws {
        let analysis = input.analyse(progress: true)
        guard !analysis.sources.isEmpty else { Terminal.error("no input could be read; nothing written"); throw ExitCode(1) }
        let digest = Aggregator.digest(analysis.figures, sources: analysis.sources)
        try reportingErrors {
            let result = try ReportWriter(options: report.options()).writePDF(digest, to: URL(fileURLWithPath: output))
            Terminal.standardError("wrote \(output) (\(result.pageCount) pages)")
        }
        throw exitStatus(analysis)
    }
}

/// `briefing charts`: every chart of the briefing as PNG or SVG.
struct ChartsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charts",
        abstract: "Write every chart of the briefing as PNG (or SVG).",
        discussion: "Example:\n  briefing charts seeds/ --out Reports/charts --scale 3\n  briefing charts seeds/ --format svg"
    )

    @OptionGroup var input: InputOptions
    @Option(help: "Folder for the chart files.") var out: String = "Reports/charts"
    @Option(help: "png or svg.") var format: ReportOptions.ChartFormat = .png
    @OptionGroup var report: ReportCommandOptions

    func run() throws {
        let analysis = input.analyse(progress: true)
        guard !analysis.sources.isEmpty else { Terminal.error("no input could be read; nothing written"); throw ExitCode(1) }
        let digest = Aggregator.digest(analysis.figures, sources: analysis.sources)
        try reportingErrors {
            let urls = try ReportWriter(options: report.options(format: format)).writeCharts(digest, to: URL(fileURLWithPath: out))
            for url in urls { Terminal.standardOutput(url.path + "\n") }
        }
        throw exitStatus(analysis)
    }
}

/// `briefing summary`: the summary on standard output.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the summary: figures grouped by category, ▲/▼, aligned columns.",
        discussion: "Colour only on a terminal and never when NO_COLOR is set.\n\nExample:\n  briefing summary seeds/ --format markdown > summary.md"
    )

    @OptionGroup var input: InputOptions
    @Option(help: "text, markdown or json.") var format: SummaryFormat = .text

    func run() throws {
        let analysis = input.analyse(progress: true)
        let digest = Aggregator.digest(analysis.figures, sources: analysis.sources)
        let color = format == .text && Summary.shouldColor(isTTY: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
        Terminal.standardOutput(Summary.render(digest, format: format, options: SummaryOptions(color: color)))
        throw exitStatus(analysis)
    }
}
