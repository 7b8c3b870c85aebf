// libFuzzer harness: bytes → TextDecoding.decode (BOM, binary sniffing, UTF-8/UTF-16/GB18030).
// Built by Fuzz/run.sh together with the BriefingAnalysis sources in one module.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let text = try? TextDecoding.decode(bytes, path: "fuzz") {
        precondition(!text.unicodeScalars.allSatisfy(TextDecoding.isBlank), "decode returned blank text")
        precondition(!text.unicodeScalars.contains { $0.value == 0 }, "decode returned NUL")
    }
    return 0
}
