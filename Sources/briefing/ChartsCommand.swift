import ArgumentParser
import BriefingAnalysis
import BriefingReport
import Foundation

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
        let (analysis, digest) = try input.digest()
        // Each chart on its own: one that cannot be written is an error, the others are written.
        let artifacts = ReportWriter(options: report.options(format: format)).writeCharts(digest, to: URL(fileURLWithPath: out))
        for warning in artifacts.warnings { Terminal.standardError(warning) }
        for failure in artifacts.failures { Terminal.error(failure) }
        for url in artifacts.charts { Terminal.standardOutput(TerminalText.escaped(url.path) + "\n") }
        if !artifacts.failures.isEmpty { throw ExitCode(1) }
        throw exitStatus(analysis)
    }
}
