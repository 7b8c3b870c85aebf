// libFuzzer harness: bytes → TextDecoding.decode (BOM, binary sniffing, UTF-8/UTF-16/GB18030),
// and the one-pass path of Ingest.load (TextDecoding.document: decode, validate and fold at once)
// against decode + normalize: the same text and quote, or the same error.
// Built by Fuzz/run.sh together with the BriefingAnalysis sources in one module.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let decoded = Result { try TextDecoding.decode(bytes, path: "fuzz") }
    if case let .success(text) = decoded {
        precondition(!text.unicodeScalars.allSatisfy(TextDecoding.isBlank), "decode returned blank text")
        precondition(!text.unicodeScalars.contains { $0.value == 0 }, "decode returned NUL")
    }
    let direct = Result { try TextDecoding.document(bytes, path: "fuzz") }
    switch (decoded, direct) {
    case let (.success(text), .success(document)):
        let viaString = Normalizer.normalize(text, file: "fuzz")
        precondition(viaString.text == document.text, "one-pass text differs")
        precondition(viaString.originalQuote(0..<viaString.text.count) == document.originalQuote(0..<document.text.count),
                     "one-pass quote differs")
    case let (.failure(a), .failure(b)):
        precondition("\(a)" == "\(b)", "errors differ: \(a) / \(b)")
    default:
        preconditionFailure("one path failed, the other did not")
    }
    return 0
}
