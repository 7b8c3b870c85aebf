import ArgumentParser
import BriefingAnalysis
import Foundation

/// The inputs every command reads.
struct InputOptions: ParsableArguments {
    @Argument(help: "Text files, folders of .txt files, or - for standard input. (default: seeds/)")
    var inputs: [String] = []

    var resolved: [String] { inputs.isEmpty ? ["seeds"] : inputs }

    /// Runs the analysis, printing each failure and warning to standard error.
    func analyse(progress: Bool = false) -> CorpusAnalysis {
        let showProgress = progress && isatty(2) == 1
        let analysis = CorpusAnalysis.run(resolved) { done, total in
            guard showProgress, total > 1 else { return }
            Terminal.progress(done: done, total: total)
        }
        for failure in analysis.failures { Terminal.error("\(failure)") }
        for warning in analysis.warnings { Terminal.standardError(warning.description) }
        return analysis
    }
}

/// Writing to the terminal's standard streams.
enum Terminal {
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func error(_ message: String) { standardError("error: " + message) }

    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A one-line progress bar on standard error.
    static func progress(done: Int, total: Int) {
        let width = 30
        let filled = width * done / max(total, 1)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)\(done == total ? "\n" : "")".utf8))
    }
}

/// Exit status 1 when any input failed, after all others were processed.
func exitStatus(_ analysis: CorpusAnalysis) -> ExitCode {
    analysis.failures.isEmpty ? .success : ExitCode(1)
}
