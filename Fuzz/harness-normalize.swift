// libFuzzer harness: text → Normalizer.normalize; checks the map back to the original.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let doc = Normalizer.normalize(text, file: "fuzz")
    precondition(doc.originalOffset.count == doc.text.count + 1, "offset map length")
    var previous = 0
    for (i, offset32) in doc.originalOffset.enumerated() {
        let offset = Int(offset32)
        precondition(offset >= 0 && offset <= doc.original.count, "offset \(offset) out of range at \(i)")
        if i < doc.text.count { precondition(offset < doc.original.count, "text offset at end") }
        precondition(offset >= previous || i == doc.text.count, "offsets go backwards at \(i)")
        previous = offset
    }
    let lines = doc.lineStarts.count
    for i in stride(from: 0, through: doc.text.count, by: max(1, doc.text.count / 16)) {
        let line = doc.line(ofText: i)
        precondition(line >= 1 && line <= lines, "line \(line) of \(lines)")
    }
    _ = doc.originalQuote(0..<doc.text.count)
    return 0
}
