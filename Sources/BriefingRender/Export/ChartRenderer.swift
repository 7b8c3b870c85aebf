import Foundation

/// Background of a PNG chart.
public enum ChartBackground: Sendable { case white, transparent }

/// Draws charts to PNG and SVG files, and measures them.
///
/// ```swift
/// let renderer = ChartRenderer()
/// let h = try renderer.naturalHeight(chart, width: 480)
/// try renderer.writePNG(chart, size: (480, h), scale: 2, background: .white, to: pngURL)
/// try renderer.writeSVG(chart, size: (480, h), to: svgURL)
/// ```
public struct ChartRenderer: Sendable {
    public var glyphPolicy: GlyphPolicy
    public init(glyphPolicy: GlyphPolicy = .placeholder) { self.glyphPolicy = glyphPolicy }

    /// The height (points) `chart` needs at `width` points.
    public func naturalHeight(_ chart: ChartSpec, width: Double) throws -> Double {
        try RenderLock.run {
            try ChartLayout(chart, width: width, text: TextEngine(glyphPolicy: glyphPolicy)).naturalHeight
        }
    }

    /// Lays `chart` out at `width` × `height` points (nil height: natural height) without drawing.
    public func layout(_ chart: ChartSpec, width: Double, height: Double? = nil) throws -> ChartLayout {
        try RenderLock.run { try ChartLayout(chart, width: width, height: height, text: TextEngine(glyphPolicy: glyphPolicy)) }
    }

    /// Writes `chart` as a PNG of `size` points × `scale` (1, 2, 3…) pixels per point.
    /// Pass `height` ≤ 0 to use the natural height. Missing folders are created; the write is atomic.
    /// Returns the characters drawn as `〔U+XXXX〕`.
    @discardableResult
    public func writePNG(_ chart: ChartSpec, size: (width: Double, height: Double), scale: Double = 2,
                         background: ChartBackground = .white, to url: URL) throws -> [MissingCharacter] {
        guard scale.isFinite, scale > 0, scale <= 8 else { throw RenderError.invalidSpec("PNG scale \(scale) must be between 0 and 8") }
        let (surface, missing) = try RenderLock.run { () throws -> (CairoSurface, [MissingCharacter]) in
            let text = try TextEngine(glyphPolicy: glyphPolicy)
            let layout = try ChartLayout(chart, width: size.width, height: size.height > 0 ? size.height : nil, text: text)
            return (try Self.imageSurface(layout, scale: scale, background: background), text.missingCharacters)
        }
        // Encoding needs no Pango: it runs outside the lock, so several charts encode in parallel.
        let bytes = try PNGEncoder.encode(surface, opaque: background == .white)
        try AtomicFile.write(bytes, to: url)
        return missing
    }

    /// Writes several charts as PNG at once, encoding them in parallel; throws the first error
    /// (in `jobs` order) after every job has finished. Same rules as ``writePNG(_:size:scale:background:to:)``.
    public func writePNGs(_ jobs: [(chart: ChartSpec, url: URL)], size: (width: Double, height: Double), scale: Double = 2,
                          background: ChartBackground = .white) throws {
        for case let .failure(error) in writeEachPNG(jobs, size: size, scale: scale, background: background) { throw error }
    }

    /// Like ``writePNGs(_:size:scale:background:)``, but says for every job how it went: one chart
    /// that fails leaves the others written.
    public func writeEachPNG(_ jobs: [(chart: ChartSpec, url: URL)], size: (width: Double, height: Double), scale: Double = 2,
                             background: ChartBackground = .white) -> [Result<[MissingCharacter], Error>] {
        let results = ResultSlots(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            results.set(i, Result { try writePNG(jobs[i].chart, size: size, scale: scale, background: background, to: jobs[i].url) })
        }
        return results.all
    }

    /// Writes `chart` as SVG (vectors, text as glyph outlines) of `size` points; returns the
    /// characters drawn as `〔U+XXXX〕`.
    @discardableResult
    public func writeSVG(_ chart: ChartSpec, size: (width: Double, height: Double), to url: URL) throws -> [MissingCharacter] {
        let (svg, missing) = try RenderLock.run { () throws -> (String, [MissingCharacter]) in
            let text = try TextEngine(glyphPolicy: glyphPolicy)
            let layout = try ChartLayout(chart, width: size.width, height: size.height > 0 ? size.height : nil, text: text)
            let surface = try CairoSurface.svg(width: layout.width, height: layout.height)
            let context = try CairoContext(surface: surface)
            layout.draw(on: CairoBackend(context))
            try context.checkStatus("drawing SVG")
            return (String(decoding: try surface.finishedBytes(), as: UTF8.self), text.missingCharacters)
        }
        try AtomicFile.write(Array(SVGIdentifiers.normalize(svg).utf8), to: url)
        return missing
    }

    /// Renders to an in-memory image (for tests): pixel size, and a pixel probe in points.
    public func rasterize(_ chart: ChartSpec, size: (width: Double, height: Double), scale: Double,
                          background: ChartBackground = .white) throws -> RasterImage {
        try RenderLock.run {
            let text = try TextEngine(glyphPolicy: glyphPolicy)
            let layout = try ChartLayout(chart, width: size.width, height: size.height > 0 ? size.height : nil, text: text)
            return RasterImage(surface: try Self.imageSurface(layout, scale: scale, background: background), scale: scale, layout: layout)
        }
    }

    static func imageSurface(_ layout: ChartLayout, scale: Double, background: ChartBackground) throws -> CairoSurface {
        let surface = try CairoSurface.image(width: Int((layout.width * scale).rounded(.up)),
                                             height: Int((layout.height * scale).rounded(.up)))
        surface.setDeviceScale(scale)
        let context = try CairoContext(surface: surface)
        if background == .white { context.paint(Palette.white) }
        layout.draw(on: CairoBackend(context))
        try context.checkStatus("drawing PNG")
        return surface
    }
}

/// Collects the results of parallel jobs.
private final class ResultSlots: @unchecked Sendable {
    private var results: [Result<[MissingCharacter], Error>]
    private let lock = NSLock()
    init(count: Int) { results = Array(repeating: .success([]), count: count) }
    func set(_ i: Int, _ r: Result<[MissingCharacter], Error>) { lock.lock(); results[i] = r; lock.unlock() }
    var all: [Result<[MissingCharacter], Error>] { lock.lock(); defer { lock.unlock() }; return results }
}

/// A rendered chart in memory.
public final class RasterImage {
    let surface: CairoSurface
    public let scale: Double
    public let layout: ChartLayout
    init(surface: CairoSurface, scale: Double, layout: ChartLayout) { self.surface = surface; self.scale = scale; self.layout = layout }
    public var pixelWidth: Int { surface.imageSize.width }
    public var pixelHeight: Int { surface.imageSize.height }
    /// The colour at a point (in points), un-premultiplied; nil outside.
    public func color(at p: Point) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8)? {
        RenderLock.run { surface.pixel(x: Int(p.x * scale), y: Int(p.y * scale)) }
    }
}
