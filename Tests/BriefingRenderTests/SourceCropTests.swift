import CCairo
import Foundation
import Testing
@testable import BriefingRender

/// A source crop block: the caller's drawing lands clipped, scaled and placed where the layout
/// says, with its marks; the block stays on one page.
@Suite struct SourceCropTests {
    /// Draws two blue squares on its "page": one inside the crop's region, one outside it.
    final class Squares: ExternalPageDrawing, @unchecked Sendable {
        var calls = 0
        func draw(cairo: OpaquePointer) {
            calls += 1
            cairo_set_source_rgb(cairo, 0, 0, 1)
            cairo_rectangle(cairo, 300, 420, 40, 40)   // inside the region
            cairo_rectangle(cairo, 300, 100, 40, 40)   // outside: clipped away
            cairo_fill(cairo)
        }
    }

    @Test func theDrawingIsClippedToTheRegionAndScaledIntoTheContentWidth() throws {
        let squares = Squares()
        let region = Rect(x: 0, y: 400, width: 2 * PageGeometry.a4.contentWidth, height: 100)  // drawn at half size
        let crop = SourceCropSpec(caption: "原文 p.3", page: squares, region: region,
                                  marks: [.init(box: Rect(x: 300, y: 420, width: 40, height: 40), label: "1")], legend: "① 产量  12.5万吨")
        let doc = DocumentSpec(metadata: DocumentMetadata(title: "crop", date: Date(timeIntervalSince1970: 0)),
                               blocks: [.sourceCrop(crop)])
        let pagination = try PDFWriter().paginate(doc)
        #expect(pagination.pages == [[.sourceCrop(caption: "原文 p.3", marks: 1)]])
        let url = Fixtures.tempDir().appendingPathComponent("crop.pdf")
        _ = try PDFWriter().write(doc, to: url)
        #expect(squares.calls == 1)
        #expect(try runTool("qpdf", ["--check", url.path]).status == 0)
        let text = try runTool("pdftotext", [url.path, "-"]).output
        #expect(text.contains("原文 p.3") && text.contains("① 产量 12.5万吨"))

        // Rendered at 1 px per point: where the inside square lands (scale 0.5) is blue,
        // the outside square is nowhere.
        let png = Fixtures.tempDir().appendingPathComponent("crop")
        try runTool("pdftoppm", ["-r", "72", "-png", "-singlefile", url.path, png.path])
        let image = try PNGPixels(path: png.path + ".png")
        let g = PageGeometry.a4
        let layout = try SourceCropLayout(crop, width: g.contentWidth, text: TextEngine())
        let top = g.contentTop + layout.caption.height + SourceCropLayout.captionGap
        // The square's middle (320, 440) in the page: x = left + 320 * 0.5, y = top + 40 * 0.5; the
        // mark's translucent yellow lies over it, so blue dominates red there but is not pure.
        let inside = image.pixel(x: Int(g.marginLeft + 160), y: Int(top + 20))
        #expect(inside.b > 100 && inside.b > inside.r + 40, "\(inside)")
        var blueOutsideCrop = 0
        for y in 0..<Int(g.contentTop) { for x in 0..<image.width where image.pixel(x: x, y: y).isBlue { blueOutsideCrop += 1 } }
        #expect(blueOutsideCrop == 0)
    }

    @Test func anEmptyRegionIsAnError() {
        let crop = SourceCropSpec(caption: "p.1", page: Squares(), region: Rect(x: 0, y: 0, width: 0, height: 10), marks: [], legend: "")
        let doc = DocumentSpec(metadata: DocumentMetadata(title: "crop"), blocks: [.sourceCrop(crop)])
        #expect(throws: RenderError.self) { try PDFWriter().paginate(doc) }
    }
}

/// The pixels of a PNG file, read through cairo.
struct PNGPixels {
    let width: Int, height: Int
    private let data: [UInt8], stride: Int

    init(path: String) throws {
        guard let s = cairo_image_surface_create_from_png(path), cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else {
            throw RenderError.invalidSpec("cannot read \(path)")
        }
        defer { cairo_surface_destroy(s) }
        cairo_surface_flush(s)
        width = Int(cairo_image_surface_get_width(s)); height = Int(cairo_image_surface_get_height(s))
        stride = Int(cairo_image_surface_get_stride(s))
        data = Array(UnsafeBufferPointer(start: cairo_image_surface_get_data(s), count: stride * height))
    }

    /// (r, g, b) of an ARGB32 pixel (little-endian: b, g, r, a).
    func pixel(x: Int, y: Int) -> (r: Int, g: Int, b: Int, isBlue: Bool) {
        let k = y * stride + x * 4
        let (b, g, r) = (Int(data[k]), Int(data[k + 1]), Int(data[k + 2]))
        return (r, g, b, b > 200 && r < 60 && g < 60)
    }
}
