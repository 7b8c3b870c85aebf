/// The JSON or CSV export of a list of figures made a part at a time, for figures that arrive
/// chunk by chunk (`FigureExtractor.extract(from:each:)`): the parts put together are
/// `Figure.jsonText` / `Figure.csvText` of all the figures, byte for byte.
///
/// ```
/// var writer = FigureListWriter(format: .json)
/// var out = writer.start()
/// out += writer.part(figuresOfChunk1); out += writer.part(figuresOfChunk2)
/// out += writer.end()                     // == Array(Figure.jsonText(all).utf8)
/// ```
public struct FigureListWriter {
    public enum Format: Sendable { case json, csv }

    public let format: Format
    private var empty = true

    public init(format: Format) { self.format = format }

    /// What comes before the first figure.
    public func start() -> [UInt8] {
        switch format {
        case .json: return [UInt8(ascii: "[")]
        case .csv: return Array((Figure.csvColumns.map(Figure.csvEscape).joined(separator: ",") + "\r\n").utf8)
        }
    }

    /// The records of `figures`, following those of the parts before.
    public mutating func part(_ figures: [Figure]) -> [UInt8] {
        guard !figures.isEmpty else { return [] }
        switch format {
        case .json:
            // `prettyArrayText` of the figures, without its brackets, continuing the list.
            var text = Array(JSONValue.prettyArrayText(figures, \.json).utf8)
            text.removeFirst()             // "["
            text.removeLast(2)             // "\n]"
            if !empty { text.insert(UInt8(ascii: ","), at: 0) }
            empty = false
            return text
        case .csv:
            let text = Figure.csvText(figures)
            return Array(text.utf8.dropFirst(start().count))
        }
    }

    /// What comes after the last figure.
    public func end() -> [UInt8] {
        switch format {
        case .json: return Array(((empty ? "" : "\n") + "]\n").utf8)
        case .csv: return []
        }
    }
}
