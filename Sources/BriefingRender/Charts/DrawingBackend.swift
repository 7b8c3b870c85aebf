/// The drawing primitives a chart or a page needs. ``CairoBackend`` draws them on a cairo surface;
/// ``RecordingBackend`` records them for tests.
public protocol DrawingBackend: AnyObject {
    func fillRect(_ rect: Rect, color: RGBA)
    func fillRoundedRect(_ rect: Rect, radius: Double, color: RGBA)
    func strokePolyline(_ points: [Point], color: RGBA, width: Double, dash: [Double])
    func circle(center: Point, radius: Double, fill: RGBA, stroke: RGBA?)
    func drawText(_ text: PlacedText)
}

/// One recorded drawing call.
public enum DrawCall: Equatable {
    case fillRect(Rect, RGBA)
    case fillRoundedRect(Rect, RGBA)
    case polyline([Point], RGBA, width: Double)
    case circle(Point, radius: Double, fill: RGBA)
    case text(String, frame: Rect, color: RGBA)
}

/// Records drawing calls instead of drawing (the mock backend for chart-logic tests).
public final class RecordingBackend: DrawingBackend {
    public private(set) var calls: [DrawCall] = []
    public init() {}
    public func fillRect(_ rect: Rect, color: RGBA) { calls.append(.fillRect(rect, color)) }
    public func fillRoundedRect(_ rect: Rect, radius: Double, color: RGBA) { calls.append(.fillRoundedRect(rect, color)) }
    public func strokePolyline(_ points: [Point], color: RGBA, width: Double, dash: [Double]) {
        calls.append(.polyline(points, color, width: width))
    }
    public func circle(center: Point, radius: Double, fill: RGBA, stroke: RGBA?) { calls.append(.circle(center, radius: radius, fill: fill)) }
    public func drawText(_ text: PlacedText) { calls.append(.text(text.text, frame: text.frame, color: text.color)) }

    /// The strings drawn, in order.
    public var drawnTexts: [String] {
        calls.compactMap { if case let .text(s, _, _) = $0 { return s } else { return nil } }
    }
}

/// Draws on a cairo context.
final class CairoBackend: DrawingBackend {
    let context: CairoContext
    init(_ context: CairoContext) { self.context = context }
    func fillRect(_ rect: Rect, color: RGBA) { context.fillRect(rect, color) }
    func fillRoundedRect(_ rect: Rect, radius: Double, color: RGBA) { context.fillRoundedRect(rect, radius: radius, color) }
    func strokePolyline(_ points: [Point], color: RGBA, width: Double, dash: [Double]) {
        context.strokePolyline(points, color, width: width, dash: dash)
    }
    func circle(center: Point, radius: Double, fill: RGBA, stroke: RGBA?) {
        context.fillCircle(center: center, radius: radius, fill)
        if let stroke { context.strokeCircle(center: center, radius: radius, stroke, width: 1.6) }
    }
    func drawText(_ text: PlacedText) { context.showLayout(text.box.layout, at: text.origin, text.color) }
}

extension ChartLayout {
    /// Issues the drawing calls for this layout, back to front.
    public func draw(on backend: DrawingBackend) {
        for item in items {
            switch item {
            case let .rect(r, c): backend.fillRect(r, color: c)
            case let .roundedRect(r, radius, c): backend.fillRoundedRect(r, radius: radius, color: c)
            case let .polyline(p, c, w, d): backend.strokePolyline(p, color: c, width: w, dash: d)
            case let .circle(p, r, f, s): backend.circle(center: p, radius: r, fill: f, stroke: s)
            case let .text(t): backend.drawText(t)
            }
        }
    }
}
