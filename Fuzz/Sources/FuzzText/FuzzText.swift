import EntenteCore
import FuzzSupport

/// libFuzzer's entry: arbitrary bytes through decoding, the whole text pipeline and the JSON writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHarness.text(Array(UnsafeBufferPointer(start: data, count: size)), coder: coder)
    return 0
}

let coder = EventCoder(dictionaries: FuzzHarness.projectDictionaries)
