// libFuzzer harness: bytes → figures with hostile texts and values → digest → the briefing's
// charts and document → PDF and PNG (written to /dev/null). The case itself: RenderFuzzCase.swift.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    RenderFuzzCase.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
