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
            var notes = ReportArtifacts()
            let result = try ReportWriter(options: report.options(), sourcePages: PopplerSourcePages()).writePDF(digest, to: URL(fileURLWithPath: output), notes: &notes)
            for warning in notes.warnings { Terminal.standardError(warning) }
            for failure in notes.failures { Terminal.error(failure) }
            Terminal.standardError("wrote \(output) (\(result.pageCount) pages)")
            if !notes.failures.isEmpty { throw ExitCode(1) }
        }
        throw exitStatus(analysis)
    }
}
