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
        let (analysis, digest) = try input.digest()
        try reportingErrors {
            var warnings: [String] = []
            let result = try ReportWriter(options: report.options()).writePDF(digest, to: URL(fileURLWithPath: output), warnings: &warnings)
            for warning in warnings { Terminal.standardError(warning) }
            Terminal.standardError("wrote \(output) (\(result.pageCount) pages)")
        }
        throw exitStatus(analysis)
    }
}
