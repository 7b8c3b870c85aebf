import ArgumentParser
import BriefingAnalysis
import BriefingReport
import Foundation

/// `briefing all` (and `briefing` alone): everything from the inputs into one folder.
struct AllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Write the PDF briefing, the charts, the summary and the figures; print the summary.",
        discussion: """
        Writes OUT/briefing.pdf, OUT/charts/*.png, OUT/summary.txt, OUT/figures.json and
        OUT/figures.csv, each atomically, and prints the summary.

        Examples:
          briefing                                   # seeds/ → Reports/
          briefing all 2023.txt 2024.txt --out Reports --date 2025-06-05
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "Output folder (created when missing).") var out: String = "Reports"
    @OptionGroup var report: ReportCommandOptions

    func run() throws {
        let (analysis, digest) = try input.digest()
        try reportingErrors {
            let plain = Summary.render(digest, format: .text, options: SummaryOptions(color: false))
            let artifacts = try ReportWriter(options: report.options())
                .writeAll(digest, figures: analysis.figures, summary: plain, to: URL(fileURLWithPath: out))
            let color = Summary.shouldColor(isTTY: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
            Terminal.standardOutput(color ? Summary.render(digest, format: .text, options: SummaryOptions(color: true)) : plain)
            Terminal.standardError("wrote \(artifacts.pdf!.path) (\(artifacts.pageCount) pages), \(artifacts.charts.count) charts in \(out)/charts, summary.txt, figures.json, figures.csv")
        }
        throw exitStatus(analysis)
    }
}
