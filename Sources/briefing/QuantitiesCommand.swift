import ArgumentParser
import BriefingAnalysis

/// `briefing quantities`: the number layer's tokens, offsets into the input as given.
struct QuantitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quantities",
        abstract: "Print the numbers found in one text: value, unit, kind, qualifier and offsets.",
        discussion: """
        Offsets are Unicode scalar offsets into the decoded input (end exclusive).

        Example:
          echo '排放总量同比减排19%以上，年节约标煤4000吨以上' | briefing quantities -
        """
    )

    @Argument(help: "A text file, or - for standard input.") var input: String = "-"

    func run() throws {
        do {
            let document = try Ingest.load(path: input)
            let tokens = QuantityScanner.scan(document.text).map { q -> Quantity in
                var original = q
                original.start = document.originalOffset[q.start]
                original.end = q.end > q.start ? document.originalOffset[q.end - 1] + 1 : original.start
                original.text = String(String.UnicodeScalarView(document.original[original.start..<original.end]))
                return original
            }
            Terminal.standardOutput(Quantity.jsonText(tokens))
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}
