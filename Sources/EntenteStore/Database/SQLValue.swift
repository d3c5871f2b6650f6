import Foundation

/// A value bound to or read from SQL, the same for SQLite and PostgreSQL.
public enum SQLValue: Sendable, Hashable {
    case int(Int64)
    case double(Double)
    case text(String)
    case null

    public init(_ value: String?) { self = value.map(SQLValue.text) ?? .null }
    public init(_ value: Int) { self = .int(Int64(value)) }

    public var int: Int? {
        switch self {
        case let .int(v): return Int(v)
        case let .double(v): return Int(v)
        case let .text(v): return Int(v)
        case .null: return nil
        }
    }

    public var double: Double? {
        switch self {
        case let .int(v): return Double(v)
        case let .double(v): return v
        case let .text(v): return Double(v)
        case .null: return nil
        }
    }

    public var string: String? {
        switch self {
        case let .text(v): return v
        case let .int(v): return String(v)
        case let .double(v): return String(v)
        case .null: return nil
        }
    }

    /// A fixed textual form for comparing databases: doubles to four decimals, NULL as `∅`.
    var canonical: String {
        switch self {
        case let .int(v): return String(v)
        case let .double(v): return String(format: "%.4f", v)
        case let .text(v): return v.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
        case .null: return "∅"
        }
    }
}

/// One result row: its values in the order of the query's columns.
public typealias SQLRow = [SQLValue]
