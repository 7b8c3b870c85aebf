import CCairo

/// Encodes a cairo ARGB32 image surface as PNG with zlib directly.
///
/// cairo's own writer goes through libpng's adaptive filtering at the default compression level,
/// which took most of the chart export time. Charts are flat colour, so the "Up" filter with zlib's
/// run-length strategy compresses them well, several times faster. Rows are streamed through
/// deflate with small buffers (no large allocations). Output is deterministic (no time or text
/// chunks). Opaque images are written as RGB, others as straight-alpha RGBA.
enum PNGEncoder {
    static func encode(_ surface: CairoSurface, opaque: Bool, level: Int32 = 2) throws(CairoError) -> [UInt8] {
        cairo_surface_flush(surface.pointer)
        let width = Int(cairo_image_surface_get_width(surface.pointer))
        let height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        guard let data = cairo_image_surface_get_data(surface.pointer) else {
            throw CairoError(operation: "cairo_image_surface_get_data", status: CAIRO_STATUS_NULL_POINTER)
        }
        let channels = opaque ? 3 : 4
        let rowBytes = width * channels

        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15, 8, Z_RLE, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw CairoError(operation: "zlib deflateInit2", status: CAIRO_STATUS_NO_MEMORY)
        }
        defer { deflateEnd(&stream) }

        var compressed: [UInt8] = []
        compressed.reserveCapacity(64 * 1024)
        let chunkSize = 32 * 1024
        let outBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        let previous = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes + 1)
        let current = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes + 1)
        let filtered = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes + 1)
        defer { outBuffer.deallocate(); previous.deallocate(); current.deallocate(); filtered.deallocate() }
        previous.initialize(repeating: 0, count: rowBytes + 1)

        var failure: Int32 = Z_OK
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            var o = current
            for x in 0..<width {
                let px = row[x]
                var r = (px >> 16) & 0xFF, g = (px >> 8) & 0xFF, b = px & 0xFF
                if opaque {
                    o[0] = UInt8(truncatingIfNeeded: r); o[1] = UInt8(truncatingIfNeeded: g); o[2] = UInt8(truncatingIfNeeded: b)
                    o += 3
                } else {
                    let a = px >> 24
                    if a != 0, a != 255 { r = (r * 255 + a / 2) / a; g = (g * 255 + a / 2) / a; b = (b * 255 + a / 2) / a }
                    o[0] = UInt8(truncatingIfNeeded: r); o[1] = UInt8(truncatingIfNeeded: g)
                    o[2] = UInt8(truncatingIfNeeded: b); o[3] = UInt8(truncatingIfNeeded: a)
                    o += 4
                }
            }
            filtered[0] = 2  // filter: Up
            for i in 0..<rowBytes { filtered[i + 1] = current[i] &- previous[i] }
            previous.update(from: current, count: rowBytes)
            stream.next_in = filtered
            stream.avail_in = uInt(rowBytes + 1)
            let flush = y == height - 1 ? Z_FINISH : Z_NO_FLUSH
            repeat {
                stream.next_out = outBuffer
                stream.avail_out = uInt(chunkSize)
                let status = deflate(&stream, flush)
                if status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR { failure = status; break }
                compressed.append(contentsOf: UnsafeBufferPointer(start: outBuffer, count: chunkSize - Int(stream.avail_out)))
            } while stream.avail_out == 0
            if failure != Z_OK { break }
        }
        guard failure == Z_OK else { throw CairoError(operation: "zlib deflate (\(failure))", status: CAIRO_STATUS_NO_MEMORY) }

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png.reserveCapacity(compressed.count + 64)
        func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)] }
        func chunk(_ type: String, _ body: [UInt8]) {
            let typed = Array(type.utf8) + body
            png += be32(UInt32(body.count))
            png += typed
            png += be32(UInt32(typed.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }))
        }
        chunk("IHDR", be32(UInt32(width)) + be32(UInt32(height)) + [8, opaque ? 2 : 6, 0, 0, 0])
        chunk("IDAT", compressed)
        chunk("IEND", [])
        return png
    }
}
