/// ANSI styling for the text summary. Colour says better or worse (DESIGN.md): Okabe-Ito blue
/// for improved, vermilion for worsened, grey for unknown; never red/green. With colour off
/// every function returns its text unchanged, so no escape code can leak into plain output.
struct SummaryStyle {
    let color: Bool

    static let reset = "\u{1B}[0m"
    static let bold = "\u{1B}[1m"
    /// #0072B2
    static let blue = "\u{1B}[38;2;0;114;178m"
    /// #D55E00
    static let vermilion = "\u{1B}[38;2;213;94;0m"
    /// #999999
    static let grey = "\u{1B}[38;2;153;153;153m"

    func paint(_ text: String, _ code: String?) -> String {
        guard color, let code, !text.isEmpty else { return text }
        return code + text + Self.reset
    }

    func heading(_ text: String) -> String { paint(text, Self.bold) }
    func dim(_ text: String) -> String { paint(text, Self.grey) }

    /// The colour of a figure's verdict; nil for levels and targets, which are neither better nor worse.
    static func code(for status: SummaryModel.Status) -> String? {
        switch status {
        case .improved: blue
        case .worsened: vermilion
        case .unknown: grey
        case .level, .target: nil
        }
    }

    func status(_ text: String, _ status: SummaryModel.Status) -> String { paint(text, Self.code(for: status)) }
}
