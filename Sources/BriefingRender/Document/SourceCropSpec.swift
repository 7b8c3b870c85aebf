/// Draws a page of some other document (a source PDF) on the briefing's cairo context.
///
/// The engine keeps this module free of any PDF reader: a caller that has one (the command line,
/// with Poppler) supplies the drawing. The engine saves the context, clips it to the crop's box on
/// the briefing page, scales and translates it so that the drawer works in its own page's
/// points (origin top left, y down), calls ``draw(cairo:)`` and restores the context.
public protocol ExternalPageDrawing: AnyObject, Sendable {
    /// Draws the whole page on `cairo` (a `cairo_t *`); what falls outside the crop is clipped.
    func draw(cairo: OpaquePointer)
}

/// A crop of a source page shown in the document: a band of the page drawn by its
/// ``ExternalPageDrawing``, scaled to the content width (never above `maxScale`), with marks
/// (a translucent marker, an outline and a numbered badge) over boxes of that page, a caption
/// above and a legend below that says what each mark is.
///
/// ```swift
/// SourceCropSpec(caption: "report.pdf p.3", page: drawing, region: Rect(x: 50, y: 300, width: 495, height: 60),
///                marks: [.init(box: Rect(x: 160, y: 320, width: 52, height: 12), label: "1")],
///                legend: "① 地区生产总值 19917.0亿元")
/// ```
public struct SourceCropSpec: Sendable, Hashable {
    /// One highlighted box, in the source page's points, and the label of its badge ("1").
    public struct Mark: Sendable, Hashable {
        public var box: Rect
        public var label: String
        public init(box: Rect, label: String) { self.box = box; self.label = label }
    }

    public var caption: String
    public var page: ExternalPage
    /// The part of the source page shown, in its points (origin top left, y down).
    public var region: Rect
    public var marks: [Mark]
    public var legend: String
    /// The largest magnification (a narrow band is not blown up to the full width).
    public var maxScale: Double

    public init(caption: String, page: any ExternalPageDrawing, region: Rect, marks: [Mark], legend: String,
                maxScale: Double = 1.25) {
        self.caption = caption; self.page = ExternalPage(page); self.region = region
        self.marks = marks; self.legend = legend; self.maxScale = maxScale
    }
}

/// An ``ExternalPageDrawing`` held in a spec: equal when it is the same object.
public struct ExternalPage: Sendable, Hashable {
    public let drawing: any ExternalPageDrawing
    public init(_ drawing: any ExternalPageDrawing) { self.drawing = drawing }
    public static func == (a: ExternalPage, b: ExternalPage) -> Bool { a.drawing === b.drawing }
    public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(drawing)) }
}

