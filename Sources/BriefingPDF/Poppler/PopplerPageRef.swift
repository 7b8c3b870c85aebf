import CPoppler

/// Owns one `PopplerPage`: its size, its characters with boxes and font sizes, its images.
final class PopplerPageRef {
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer) { self.pointer = pointer }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    /// Width and height in points.
    var size: (width: Double, height: Double) {
        var w = 0.0, h = 0.0
        poppler_page_get_size(pointer, &w, &h)
        return (w, h)
    }

    /// Whether the page draws any image (a page without text but with images is a scan).
    var hasImages: Bool {
        guard let list = poppler_page_get_image_mapping(pointer) else { return false }
        poppler_page_free_image_mapping(list)
        return true
    }

    /// The characters in Poppler's order, line ends ("\n") included, each with its box
    /// (`poppler_page_get_text_layout`, one rectangle per character of `poppler_page_get_text`)
    /// and font size (`poppler_page_get_text_attributes`, ranges of character indices).
    func glyphs() -> [PDFGlyph] {
        guard let text = poppler_page_get_text(pointer) else { return [] }
        defer { g_free(text) }
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(pointer, &rects, &count) != 0, let rects else { return [] }
        defer { g_free(rects) }
        let scalars = Array(String(cString: text).unicodeScalars)
        let n = min(scalars.count, Int(count))
        var sizes = [Double](repeating: 0, count: n)
        if let attributes = poppler_page_get_text_attributes(pointer) {
            var item: UnsafeMutablePointer<GList>? = attributes
            while let node = item {
                if let a = node.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                    let lo = max(0, Int(a.start_index)), hi = min(n - 1, Int(a.end_index))
                    if lo <= hi { for k in lo...hi { sizes[k] = a.font_size } }
                }
                item = node.pointee.next
            }
            poppler_page_free_text_attributes(attributes)
        }
        var out: [PDFGlyph] = []
        out.reserveCapacity(n)
        for k in 0..<n {
            let r = rects[k]
            out.append(PDFGlyph(scalar: scalars[k], x0: min(r.x1, r.x2), y0: min(r.y1, r.y2),
                                x1: max(r.x1, r.x2), y1: max(r.y1, r.y2),
                                size: sizes[k] > 0 ? sizes[k] : abs(r.y2 - r.y1)))
        }
        return out
    }
}
