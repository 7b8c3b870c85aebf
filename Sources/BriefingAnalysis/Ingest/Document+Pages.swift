extension Document {
    /// For PDF input, the page and box of the number that starts at byte `offset` of
    /// `original`: its digits, decimal point, separators, sign and percent sign (ASCII or
    /// full-width); nil for text input.
    public func pagePlace(ofNumberAt offset: Int) -> (page: Int, box: [Double])? {
        guard let pages else { return nil }
        var end = offset
        while end < original.count {
            let b = original[end]
            if b >= 0x30 && b <= 0x39 || b == 0x2E || b == 0x2C || b == 0x25 || b == 0x2D || b == 0x2B {
                end += 1
            } else if b == 0xEF, end + 2 < original.count, original[end + 1] == 0xBC,
                      (0x90...0x99).contains(original[end + 2]) || original[end + 2] == 0x85 || original[end + 2] == 0x8E {
                end += 3  // full-width digit, ％ or ．
            } else {
                break
            }
        }
        if end == offset { end = offset + utf8Length(leadByte: original[min(offset, original.count - 1)]) }
        return pages.place(ofOriginal: offset..<end)
    }
}
