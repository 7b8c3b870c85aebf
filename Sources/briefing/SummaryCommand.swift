import ArgumentParser
import BriefingAnalysis
import BriefingReport
import Foundation

/// `briefing summary`: the summary on standard output.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the summary: figures grouped by category, ▲/▼, aligned columns.",
        discussion: "Colour only on a terminal and never when NO_COLOR is set.\n\nExample:\n  briefing summary seeds/ --format markdown > summary.md"
    )

    @OptionGroup var input: InputOptions
    @Option(help: "text, markdown or json.") var format: SummaryFormat = .text
    @Flag(help: "List every figure (text, markdown) however many; above \(ReportLimits.fullListThreshold) each category shows its top rows.")
    var fullAppendix = false

    func run() throws {
        let analysis = input.analyse(progress: true)
        // JSON escapes control characters itself; text and markdown show them as \x1B.
        let digest = format == .json ? Aggregator.digest(analysis) : analysis.terminalDigest
        let color = format == .text && Summary.shouldColor(isTTY: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
        Terminal.standardOutput(Summary.render(digest, format: format, options: SummaryOptions(color: color, fullList: fullAppendix)))
        throw exitStatus(analysis)
    }
}
