import CCairo

/// Owns one `cairo_t`. All drawing goes through it; status is checked after create and `show_page`.
final class CairoContext {
    let pointer: OpaquePointer
    let surface: CairoSurface  // keeps the target alive as long as the context

    init(surface: CairoSurface) throws(CairoError) {
        guard let p = cairo_create(surface.pointer) else {
            throw CairoError(operation: "cairo_create", status: CAIRO_STATUS_NO_MEMORY)
        }
        self.pointer = p
        self.surface = surface
        try CairoError.check(cairo_status(p), "cairo_create")
        let options = FontOptions()
        cairo_set_font_options(p, options.pointer)
    }

    deinit { cairo_destroy(pointer) }

    func checkStatus(_ operation: String) throws(CairoError) {
        try CairoError.check(cairo_status(pointer), operation)
    }

    func showPage() throws(CairoError) {
        cairo_show_page(pointer)
        try checkStatus("cairo_show_page")
        try surface.checkStatus("cairo_show_page")
    }

    func save() { cairo_save(pointer) }
    func restore() { cairo_restore(pointer) }
    func translate(_ x: Double, _ y: Double) { cairo_translate(pointer, x, y) }
    func rotate(_ angle: Double) { cairo_rotate(pointer, angle) }
    func scale(_ sx: Double, _ sy: Double) { cairo_scale(pointer, sx, sy) }

    /// Restricts drawing to `r` (until the enclosing `restore`).
    func clip(_ r: Rect) {
        cairo_new_path(pointer)
        cairo_rectangle(pointer, r.x, r.y, r.width, r.height)
        cairo_clip(pointer)
    }

    func setColor(_ c: RGBA) { cairo_set_source_rgba(pointer, c.r, c.g, c.b, c.a) }

    func paint(_ c: RGBA) {
        setColor(c)
        cairo_paint(pointer)
    }

    func fillRect(_ r: Rect, _ c: RGBA) {
        setColor(c)
        cairo_rectangle(pointer, r.x, r.y, r.width, r.height)
        cairo_fill(pointer)
    }

    func strokeRect(_ r: Rect, _ c: RGBA, width: Double) {
        setColor(c)
        cairo_set_line_width(pointer, width)
        cairo_rectangle(pointer, r.x, r.y, r.width, r.height)
        cairo_stroke(pointer)
    }

    func fillRoundedRect(_ r: Rect, radius: Double, _ c: RGBA) {
        let rad = min(radius, r.width / 2, r.height / 2)
        cairo_new_sub_path(pointer)
        cairo_arc(pointer, r.maxX - rad, r.y + rad, rad, -Double.pi / 2, 0)
        cairo_arc(pointer, r.maxX - rad, r.maxY - rad, rad, 0, Double.pi / 2)
        cairo_arc(pointer, r.x + rad, r.maxY - rad, rad, Double.pi / 2, Double.pi)
        cairo_arc(pointer, r.x + rad, r.y + rad, rad, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(pointer)
        setColor(c)
        cairo_fill(pointer)
    }

    func strokePolyline(_ points: [Point], _ c: RGBA, width: Double, dash: [Double] = []) {
        guard let first = points.first else { return }
        setColor(c)
        cairo_set_line_width(pointer, width)
        cairo_set_line_join(pointer, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(pointer, CAIRO_LINE_CAP_BUTT)
        dash.withUnsafeBufferPointer { cairo_set_dash(pointer, $0.baseAddress, Int32($0.count), 0) }
        cairo_move_to(pointer, first.x, first.y)
        for p in points.dropFirst() { cairo_line_to(pointer, p.x, p.y) }
        cairo_stroke(pointer)
        cairo_set_dash(pointer, nil, 0, 0)
    }

    func fillCircle(center: Point, radius: Double, _ c: RGBA) {
        setColor(c)
        cairo_new_sub_path(pointer)
        cairo_arc(pointer, center.x, center.y, radius, 0, 2 * Double.pi)
        cairo_fill(pointer)
    }

    func strokeCircle(center: Point, radius: Double, _ c: RGBA, width: Double) {
        setColor(c)
        cairo_set_line_width(pointer, width)
        cairo_new_sub_path(pointer)
        cairo_arc(pointer, center.x, center.y, radius, 0, 2 * Double.pi)
        cairo_stroke(pointer)
    }

    /// Draws a whole Pango layout with its top-left corner at `origin`.
    func showLayout(_ layout: PangoLayoutRef, at origin: Point, _ c: RGBA) {
        setColor(c)
        cairo_move_to(pointer, origin.x, origin.y)
        pango_cairo_show_layout(pointer, layout.pointer)
    }

    /// Draws line `index` of `layout` with its baseline starting at `baseline`.
    func showLayoutLine(_ layout: PangoLayoutRef, line index: Int, baseline: Point, _ c: RGBA) {
        guard let line = pango_layout_get_line_readonly(layout.pointer, Int32(index)) else { return }
        setColor(c)
        cairo_move_to(pointer, baseline.x, baseline.y)
        pango_cairo_show_layout_line(pointer, line)
    }

    // MARK: Tags (PDF structure, links, destinations)

    func tagBegin(_ name: String, attributes: String = "") {
        cairo_tag_begin(pointer, name, attributes)
    }

    func tagEnd(_ name: String) {
        cairo_tag_end(pointer, name)
    }
}
