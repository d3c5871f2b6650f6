import FuzzSupport

/// libFuzzer's entry: arbitrary bytes as one JSON Lines record and as a date.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLine(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHarness.jsonLine(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
