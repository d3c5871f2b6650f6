import EntenteCore
import FuzzSupport

/// libFuzzer's entry: arbitrary bytes as an HTML page or a feed (the first byte says which), extracted and coded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHarness.markup(Array(UnsafeBufferPointer(start: data, count: size)), coder: coder)
    return 0
}

let coder = EventCoder(dictionaries: FuzzHarness.projectDictionaries)

/// libFuzzer's set-up, before the first input: the dictionaries load here, so no input is charged for them.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    _ = coder
    return 0
}
