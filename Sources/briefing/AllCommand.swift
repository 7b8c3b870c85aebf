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
        // Each output is written whatever happens to the others; a failed one is an error and exit status 1.
        let summaryDigest = analysis.terminalDigest
        let plain = Summary.render(summaryDigest, format: .text, options: SummaryOptions(color: false, fullList: report.fullAppendix))
        let artifacts = ReportWriter(options: report.options(), sourcePages: PopplerSourcePages())
            .writeAll(digest, figures: analysis.figures, summary: plain, to: URL(fileURLWithPath: out))
        for warning in artifacts.warnings { Terminal.standardError(warning) }
        for failure in artifacts.failures { Terminal.error(failure) }
        let color = Summary.shouldColor(isTTY: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
        Terminal.standardOutput(color ? Summary.render(summaryDigest, format: .text, options: SummaryOptions(color: true, fullList: report.fullAppendix)) : plain)
        var wrote = artifacts.pdf.map { ["\($0.path) (\(artifacts.pageCount) pages)"] } ?? []
        wrote.append("\(artifacts.charts.count) charts in \(out)/charts")
        wrote += artifacts.files.filter { $0.pathExtension == "txt" || $0.pathExtension == "json" || $0.pathExtension == "csv" }
            .map(\.lastPathComponent)
        Terminal.standardError("wrote " + wrote.joined(separator: ", ")
            + (artifacts.failures.isEmpty ? "" : "; \(artifacts.failures.count) part(s) failed (see the errors above)"))
        if !artifacts.failures.isEmpty { throw ExitCode(1) }
        throw exitStatus(analysis)
    }
}
