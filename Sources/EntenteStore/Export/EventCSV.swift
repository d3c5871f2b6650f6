import Foundation
import EntenteCore

/// Events as comma-separated values (RFC 4180 quoting), one event a row.
enum EventCSV {
    static let header = "id,date,source,source_country,target,target_country,code,root,quad_class,goldstein,plover,modality,speakers,num_mentions,num_sources,num_articles,source_url,place,place_country,place_adm1,latitude,longitude"

    static func line(_ e: StoredEvent) -> String {
        [String(e.id), e.date, e.source.code, e.source.country ?? "", e.target?.code ?? "", e.target?.country ?? "",
         e.code, e.rootCode, String(e.quadClass), EventJSON.number(e.goldstein), e.plover ?? "", e.modality,
         e.speakers.joined(separator: ";"), String(e.numMentions), String(e.numSources), String(e.numArticles), e.sourceURL,
         e.location?.fullName ?? "", e.location?.country ?? "", e.location?.adm1 ?? "",
         e.location.map { String(format: "%.4f", $0.latitude) } ?? "", e.location.map { String(format: "%.4f", $0.longitude) } ?? ""]
            .map(quote).joined(separator: ",")
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Events as aligned columns for reading in a terminal.
enum EventTable {
    static func lines(_ events: [StoredEvent]) -> [String] {
        let rows = [["date", "source", "target", "code", "quad", "goldstein", "modality", "mentions", "articles"]] + events.map { e in
            [e.date, e.source.code, e.target?.code ?? "-", e.code, String(e.quadClass), EventJSON.number(e.goldstein), e.modality,
             String(e.numMentions), String(e.numArticles)]
        }
        return TextTable.render(rows)
    }
}

/// Columns padded to their widest cell.
public enum TextTable {
    public static func render(_ rows: [[String]]) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                if i >= widths.count { widths.append(1) }
                widths[i] = max(widths[i], cell.count)
            }
        }
        return rows.map { row in
            var line = row.enumerated().map { i, cell in (cell.isEmpty ? "-" : cell).padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
