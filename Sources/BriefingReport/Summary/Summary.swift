import BriefingAnalysis

/// The terminal summary: what improved, what worsened and by how much, with every number's source.
///
/// ```
/// Digest ─► SummaryModel (sections by category, ranked; counts) ─┬─► text (aligned tables, optional ANSI colour)
///                                                               ├─► markdown (GitHub tables)
///                                                               └─► json (figure records + sources)
/// ```
/// Pure functions of the digest: nothing here reads files or the environment; the caller
/// decides about colour with `shouldColor(isTTY:environment:)`.
public enum SummaryFormat: String, CaseIterable, Sendable {
    case text, markdown, json
}

/// How the text summary is drawn.
public struct SummaryOptions: Sendable {
    /// ANSI colour (blue improved, vermilion worsened, grey unknown). Off: no escape codes at all.
    public var color: Bool
    /// Terminal columns the text tables must fit in; long subjects and metrics are cut with "…".
    public var width: Int
    /// List every figure in the text and markdown formats however many there are; otherwise
    /// above ``ReportLimits/fullListThreshold`` figures each category shows its top rows and
    /// counts the rest. JSON always lists every figure.
    public var fullList: Bool

    public init(color: Bool = false, width: Int = 100, fullList: Bool = false) {
        self.color = color
        self.width = width
        self.fullList = fullList
    }
}

public enum Summary {
    /// The summary of `digest` in `format`.
    ///
    /// Text and markdown are grouped by category (taxonomy order); within a category changes
    /// come first (improved by size, then worsened, then unknown), then levels (derived ones
    /// marked "（推算）"), then targets. Colour (ANSI) only when `options.color`, and only in
    /// the text format. An empty digest gives a one-line "未发现数据…" message (text, markdown)
    /// or an object with empty lists (json).
    ///
    /// ```swift
    /// let text = Summary.render(digest, format: .text, options: SummaryOptions(color: false, width: 100))
    /// ```
    public static func render(_ digest: Digest, format: SummaryFormat, options: SummaryOptions) -> String {
        let model = SummaryModel(digest, fullList: options.fullList)
        switch format {
        case .text: return SummaryText.render(model, options: options)
        case .markdown: return SummaryMarkdown.render(model)
        case .json: return SummaryJSON.render(model)
        }
    }

    /// Whether to colour: stdout is a TTY and `NO_COLOR` is unset or empty (https://no-color.org).
    public static func shouldColor(isTTY: Bool, environment: [String: String]) -> Bool {
        guard isTTY else { return false }
        return (environment["NO_COLOR"] ?? "").isEmpty
    }
}
