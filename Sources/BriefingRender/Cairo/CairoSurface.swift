import CCairo

/// Owns one `cairo_surface_t` (image, PDF, SVG). Destroyed exactly once, in `deinit`.
final class CairoSurface {
    let pointer: OpaquePointer
    /// For PDF and SVG: the bytes cairo has written so far (complete once ``finish()`` succeeded).
    let stream: MemoryStream?

    /// Takes ownership of `pointer` and checks its status.
    private init(owning pointer: OpaquePointer?, stream: MemoryStream? = nil, operation: String) throws(CairoError) {
        guard let pointer else {
            throw CairoError(operation: operation, status: CAIRO_STATUS_NO_MEMORY)
        }
        self.pointer = pointer
        self.stream = stream
        try CairoError.check(cairo_surface_status(pointer), operation)
    }

    deinit { cairo_surface_destroy(pointer) }

    /// An ARGB32 image surface of `width` × `height` device pixels.
    static func image(width: Int, height: Int) throws(CairoError) -> CairoSurface {
        try CairoSurface(owning: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
                         operation: "cairo_image_surface_create(\(width)×\(height))")
    }

    /// A PDF surface writing into memory (``stream``); the first page is `width` × `height` points.
    /// Nothing touches the disk while cairo draws: the finished bytes are written by one checked
    /// write (``AtomicFile``), so a full disk is an error and never a truncated file.
    static func pdf(width: Double, height: Double) throws(CairoError) -> CairoSurface {
        let stream = MemoryStream()
        return try CairoSurface(owning: cairo_pdf_surface_create_for_stream(MemoryStream.write, stream.closure, width, height),
                                stream: stream, operation: "cairo_pdf_surface_create_for_stream")
    }

    /// An SVG 1.1 surface writing into memory (``stream``), in points.
    static func svg(width: Double, height: Double) throws(CairoError) -> CairoSurface {
        let stream = MemoryStream()
        let surface = try CairoSurface(owning: cairo_svg_surface_create_for_stream(MemoryStream.write, stream.closure, width, height),
                                       stream: stream, operation: "cairo_svg_surface_create_for_stream")
        cairo_svg_surface_restrict_to_version(surface.pointer, CAIRO_SVG_VERSION_1_1)
        cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
        try surface.checkStatus("cairo_svg_surface_set_document_unit")
        return surface
    }

    func checkStatus(_ operation: String) throws(CairoError) {
        try CairoError.check(cairo_surface_status(pointer), operation)
    }

    func setDeviceScale(_ scale: Double) {
        cairo_surface_set_device_scale(pointer, scale, scale)
    }

    /// Finishes the surface (writes PDF/SVG trailers) and checks the status: a failed last write
    /// shows only here.
    func finish() throws(CairoError) {
        cairo_surface_finish(pointer)
        try checkStatus("cairo_surface_finish")
    }

    /// Finishes a PDF or SVG surface and returns its complete bytes.
    func finishedBytes() throws(CairoError) -> [UInt8] {
        try finish()
        guard let stream else { throw CairoError(operation: "finishedBytes (not a stream surface)", status: CAIRO_STATUS_SURFACE_TYPE_MISMATCH) }
        if stream.failed { throw CairoError(operation: "cairo stream write", status: CAIRO_STATUS_WRITE_ERROR) }
        return stream.bytes
    }

    /// ARGB32 pixel at device coordinates (premultiplied, native endian), for tests.
    func pixel(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8)? {
        cairo_surface_flush(pointer)
        let w = Int(cairo_image_surface_get_width(pointer)), h = Int(cairo_image_surface_get_height(pointer))
        guard x >= 0, y >= 0, x < w, y < h, let data = cairo_image_surface_get_data(pointer) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(pointer))
        let value = data.advanced(by: y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        return (UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF), UInt8(value >> 24))
    }

    var imageSize: (width: Int, height: Int) {
        (Int(cairo_image_surface_get_width(pointer)), Int(cairo_image_surface_get_height(pointer)))
    }

    // MARK: PDF

    func pdfSetSize(width: Double, height: Double) throws(CairoError) {
        cairo_pdf_surface_set_size(pointer, width, height)
        try checkStatus("cairo_pdf_surface_set_size")
    }

    func pdfSetMetadata(_ key: PDFMetadataKey, _ value: String) throws(CairoError) {
        let k: cairo_pdf_metadata_t
        switch key {
        case .title: k = CAIRO_PDF_METADATA_TITLE
        case .author: k = CAIRO_PDF_METADATA_AUTHOR
        case .subject: k = CAIRO_PDF_METADATA_SUBJECT
        case .keywords: k = CAIRO_PDF_METADATA_KEYWORDS
        case .creator: k = CAIRO_PDF_METADATA_CREATOR
        case .createDate: k = CAIRO_PDF_METADATA_CREATE_DATE
        case .modDate: k = CAIRO_PDF_METADATA_MOD_DATE
        }
        cairo_pdf_surface_set_metadata(pointer, k, value)
        try checkStatus("cairo_pdf_surface_set_metadata")
    }

    /// Adds an outline (bookmark) entry; returns its id for children. `parent` 0 is the root.
    func pdfAddOutline(parent: Int32, title: String, linkAttributes: String, open: Bool) throws(CairoError) -> Int32 {
        let flags: cairo_pdf_outline_flags_t = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        let id = cairo_pdf_surface_add_outline(pointer, parent, title, linkAttributes, flags)
        try checkStatus("cairo_pdf_surface_add_outline")
        return Int32(id)
    }
}

/// The bytes a PDF or SVG surface writes, collected in memory by cairo's write callback.
final class MemoryStream {
    private(set) var bytes: [UInt8] = []
    /// Set when the callback was called without data (cairo then stops with WRITE_ERROR).
    private(set) var failed = false

    /// Unretained: the surface that holds this stream outlives every call of the callback.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let stream = Unmanaged<MemoryStream>.fromOpaque(closure).takeUnretainedValue()
        guard let data else { stream.failed = true; return CAIRO_STATUS_WRITE_ERROR }
        stream.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}

/// The document information keys cairo 1.16 writes.
enum PDFMetadataKey { case title, author, subject, keywords, creator, createDate, modDate }
