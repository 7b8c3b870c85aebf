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
            let found = QuantityScanner.scan(document.text)
            let bytes = found.map { document.originalRange($0.start..<$0.end) }
            // Scalar offsets for `start`/`end`, as the help says; the tokens come in text order.
            let scalars = document.originalScalarOffsets(ofAscendingBytes: bytes.flatMap { [$0.lowerBound, $0.upperBound] })
            let tokens = found.enumerated().map { index, q -> Quantity in
                var original = q
                original.start = scalars[2 * index]
                original.end = scalars[2 * index + 1]
                original.text = String(decoding: document.original[bytes[index]], as: UTF8.self)
                return original
            }
            Terminal.standardOutput(Quantity.jsonText(tokens))
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}
