// libFuzzer harness: text → QuantityScanner.scan, raw and after normalization (as `briefing quantities`).
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let raw = Array(text.unicodeScalars)
    check(QuantityScanner.scan(raw), count: raw.count)
    let doc = Normalizer.normalize(text, file: "fuzz")
    let tokens = QuantityScanner.scan(doc.text)
    check(tokens, count: doc.text.count)
    for q in tokens {  // the offset mapping of `briefing quantities`
        let range = doc.originalRange(q.start..<q.end)
        precondition(range.lowerBound <= range.upperBound && range.upperBound <= doc.original.count, "mapped range \(range)")
        _ = Quantity.jsonText([q])
    }
    return 0
}

private func check(_ tokens: [Quantity], count: Int) {
    var last = 0
    for q in tokens {
        precondition(q.start >= last && q.start <= q.end && q.end <= count, "token \(q.start)..<\(q.end) of \(count)")
        last = q.end
    }
}
