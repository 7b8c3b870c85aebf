// libFuzzer harness: text → normalize → FigureExtractor → JSON/CSV, and Aggregator.digest.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let doc = Normalizer.normalize(text, file: "fuzz")
    let result = FigureExtractor().extract(from: doc)
    for f in result.figures {
        precondition(f.line >= 1 && f.line <= doc.lineStarts.count, "line \(f.line) of \(doc.lineStarts.count)")
    }
    _ = Figure.jsonText(result.figures)
    _ = Figure.csvText(result.figures)
    _ = Aggregator.digest(result.figures, sources: [doc.file])
    return 0
}
