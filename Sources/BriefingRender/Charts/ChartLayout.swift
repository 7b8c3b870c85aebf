/// What a piece of chart text is for (overlap tests and recording use it).
public enum TextRole: String, Sendable, Hashable {
    case title, unit, source, categoryLabel, valueLabel, tickLabel, legend, tileLabel, tileValue, tileUnit, tileNote
}

/// A measured, positioned piece of text.
public struct PlacedText {
    public let text: String
    public let role: TextRole
    /// The laid-out text (what is drawn is what was measured).
    public let box: TextBox
    /// Where the layout's top-left corner goes.
    public let origin: Point
    /// Colour to draw with.
    public let color: RGBA
    /// Logical extents on the chart (for overlap checks).
    public var frame: Rect {
        Rect(x: origin.x + box.logicalX, y: origin.y, width: box.width, height: box.height)
    }
}

/// One thing to draw, in chart coordinates (points, origin top-left).
public enum ChartItem {
    case rect(Rect, RGBA)
    case roundedRect(Rect, radius: Double, RGBA)
    case polyline([Point], RGBA, width: Double, dash: [Double])
    case circle(Point, radius: Double, fill: RGBA, stroke: RGBA?)
    case text(PlacedText)
}

/// A data mark with its datum index, for tests that probe pixels or positions.
public struct MarkBox: Sendable, Equatable {
    public let index: Int
    public let rect: Rect
    public let color: RGBA
}

/// A chart after layout: every item positioned and every label measured. Nothing is drawn yet.
public struct ChartLayout {
    public let width: Double
    public let height: Double
    /// The data area (bars, lines) inside the frame.
    public internal(set) var plotArea = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Value-axis ticks: value, position along the axis, label.
    public internal(set) var ticks: [(value: Double, position: Double, label: String)] = []
    /// Data marks in drawing order (sorted rows for diverging bars).
    public internal(set) var marks: [MarkBox] = []
    /// Everything to draw, back to front.
    public internal(set) var items: [ChartItem] = []
    /// The height this chart needs at this width (≤ `height` when it fits).
    public internal(set) var naturalHeight: Double = 0

    /// All text items.
    public var texts: [PlacedText] {
        items.compactMap { if case let .text(t) = $0 { return t } else { return nil } }
    }

    /// Pairs of text items whose frames overlap (should be empty).
    public func overlappingLabels() -> [(PlacedText, PlacedText)] {
        let t = texts
        var result: [(PlacedText, PlacedText)] = []
        for i in t.indices { for j in t.indices where j > i && t[i].frame.intersects(t[j].frame) { result.append((t[i], t[j])) } }
        return result
    }

    /// Text items that stick out of the chart.
    public func clippedLabels() -> [PlacedText] {
        texts.filter { $0.frame.x < -0.5 || $0.frame.maxX > width + 0.5 || $0.frame.y < -0.5 || $0.frame.maxY > height + 0.5 }
    }

    mutating func add(_ item: ChartItem) { items.append(item) }

    mutating func addText(_ text: String, role: TextRole, box: TextBox, at origin: Point, color: RGBA? = nil) {
        items.append(.text(PlacedText(text: text, role: role, box: box, origin: origin, color: color ?? box.style.color)))
    }

    /// Lays `spec` out in `width` × `height` points (height nil: its natural height).
    public init(_ spec: ChartSpec, width: Double, height: Double? = nil, text: TextEngine) throws {
        try self.init(spec, width: width, height: height, text: text, padding: (12, 12))
    }

    /// `padding` is the outer margin (horizontal, vertical); documents use no horizontal margin.
    init(_ spec: ChartSpec, width: Double, height: Double?, text: TextEngine, padding: (x: Double, y: Double)) throws {
        guard width.isFinite, width >= 120 else { throw RenderError.invalidSpec("chart \"\(spec.title)\": width \(width) pt is below 120 pt") }
        if let height, !(height.isFinite && height > 40) {
            throw RenderError.invalidSpec("chart \"\(spec.title)\": height \(height) pt is too small")
        }
        var builder = ChartBuilder(spec: spec, width: width, text: text)
        builder.padX = padding.x; builder.padY = padding.y
        let natural = try builder.layout(height: nil)
        if let height, abs(height - natural.height) > 0.01 {
            var b2 = ChartBuilder(spec: spec, width: width, text: text)
            b2.padX = padding.x; b2.padY = padding.y
            self = try b2.layout(height: height)
        } else {
            self = natural
        }
        self.naturalHeight = natural.height
    }

    init(width: Double, height: Double) { self.width = width; self.height = height }
}
