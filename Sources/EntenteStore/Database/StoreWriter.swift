import EntenteCore

/// Writes coded articles into an open transaction: articles, their mentions, and the events they mention
/// with counts incremented, in an order (articles, then events by id) that two concurrent ingests cannot
/// deadlock on. Counts only ever grow by what the new articles add, so any split of the input into runs,
/// killed or concurrent, adds up to one clean run.
struct StoreWriter {
    let session: any SQLSession

    /// One event's share of a batch: its mentions, articles, sources, and the mention that represents it.
    struct Share {
        var event: Event
        var article: Article
        var mentions = 0
        var articles: Set<String> = []
        var sources: Set<String> = []
        var isRoot = false
    }

    /// The source an article counts as for NumSources: its outlet, else its URL's host, else itself.
    static func sourceName(_ article: Article) -> String {
        if let source = article.source, !source.isEmpty { return source }
        if let host = article.url.flatMap({ URLHost.of($0) }) { return host }
        return "article:\(article.id)"
    }

    /// Writes `coded` (hashes by article id); returns the articles written (others were stored meanwhile).
    /// Rows go in multi-row statements: one round trip per few hundred rows, not per row.
    func write(_ coded: [CodedArticle], hashes: [String: String]) throws -> [CodedArticle] {
        let sorted = coded.sorted { $0.article.id.precedesInBytes($1.article.id) }
        let inserted = try insert(
            "INSERT INTO articles (id, hash, date, title, source, url, sentences, events, text)",
            rows: sorted.map { item in
                let a = item.article
                return [.text(a.id), .text(hashes[a.id] ?? ContentHash.of(a)), SQLValue(a.date?.description), SQLValue(a.title),
                        .text(Self.sourceName(a)), SQLValue(a.url), SQLValue(item.sentences), SQLValue(item.events.count), .text(a.text)]
            },
            suffix: "ON CONFLICT (id) DO NOTHING RETURNING id")
        let insertedIDs = Set(inserted.compactMap { $0.first?.string })
        let written = sorted.filter { insertedIDs.contains($0.article.id) }
        let shares = Self.shares(of: written)
        let ids = shares.keys.sorted()
        // NumSources counts a source once per event, across all ingests: the new (event, source) pairs say how many are new.
        let pairs = ids.flatMap { id in (shares[id]?.sources ?? []).sorted { $0.precedesInBytes($1) }.map { [SQLValue.int(id), .text($0)] } }
        var newSources: [Int64: Int] = [:]
        for row in try insert("INSERT INTO event_sources (event_id, source)", rows: pairs, suffix: "ON CONFLICT DO NOTHING RETURNING event_id") {
            if let id = row.first?.int { newSources[Int64(id), default: 0] += 1 }
        }
        _ = try insert(Self.eventInsert, rows: ids.compactMap { id in shares[id].map { Self.eventRow(id, $0, newSources: newSources[id] ?? 0) } },
                       suffix: Self.eventUpsert)
        _ = try insert(Self.mentionInsert, rows: written.flatMap { item in
            item.events.enumerated().map { Self.mentionRow($1, article: item.article, ordinal: $0) }
        }, suffix: "")
        // Last, so that concurrent writers wait on its row only for each other's commit.
        if !written.isEmpty {
            try session.execute("UPDATE entente_generation SET value = value + 1")
            // Heard by every `ChangeWatch` when the transaction commits.
            if session.dialect == .postgres { try session.execute("NOTIFY \(ChangeWatch.channel)") }
        }
        return written
    }

    /// Inserts `rows` with `statement` ("INSERT INTO t (columns)") a few hundred at a time; the rows `suffix` returns.
    private func insert(_ statement: String, rows: [[SQLValue]], suffix: String) throws -> [SQLRow] {
        guard let width = rows.first?.count else { return [] }
        let perStatement = max(1, min(500, 30_000 / width))
        let placeholders = "(" + Array(repeating: "?", count: width).joined(separator: ",") + ")"
        var returned: [SQLRow] = []
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            let sql = statement + " VALUES " + Array(repeating: placeholders, count: chunk.count).joined(separator: ",") + " " + suffix
            returned += try session.query(sql, chunk.flatMap { $0 })
        }
        return returned
    }

    /// Each event's share of the written articles, by event id.
    static func shares(of written: [CodedArticle]) -> [Int64: Share] {
        var shares: [Int64: Share] = [:]
        for item in written {
            for event in item.events {
                let id = EventIdentity.id(event)
                var share = shares[id] ?? Share(event: event, article: item.article)
                let earlier = item.article.id == share.article.id ? event.sentence < share.event.sentence
                    : item.article.id.precedesInBytes(share.article.id)
                if earlier {
                    share.event = event
                    share.article = item.article
                }
                share.mentions += 1
                share.articles.insert(item.article.id)
                share.sources.insert(sourceName(item.article))
                share.isRoot = share.isRoot || event.sentence == 0
                shares[id] = share
            }
        }
        return shares
    }

    static let eventInsert = """
        INSERT INTO events (id, date, day, source_code, source_country, source_name, target_code, target_country, target_name,
            code, base_code, root_code, quad_class, goldstein, plover, modality, is_root, num_mentions, num_sources, num_articles,
            first_article, first_sentence, source_url, date_added,
            geo_country, geo_adm1, geo_feature, geo_name, geo_fips, geo_lat, geo_lon, geo_id)
        """

    /// Counts add up; the representative mention is the first by (article id, sentence), whatever the order of ingest.
    static let eventUpsert: String = {
        let earlier = "(excluded.first_article < events.first_article OR (excluded.first_article = events.first_article AND excluded.first_sentence < events.first_sentence))"
        let representative = ["source_name", "target_name", "source_url", "date_added",
                              "geo_country", "geo_adm1", "geo_feature", "geo_name", "geo_fips", "geo_lat", "geo_lon", "geo_id",
                              "first_sentence", "first_article"]
            .map { "\($0) = CASE WHEN \(earlier) THEN excluded.\($0) ELSE events.\($0) END" }
        return """
            ON CONFLICT (id) DO UPDATE SET
                num_mentions = events.num_mentions + excluded.num_mentions,
                num_sources = events.num_sources + excluded.num_sources,
                num_articles = events.num_articles + excluded.num_articles,
                is_root = CASE WHEN excluded.is_root > events.is_root THEN excluded.is_root ELSE events.is_root END,
            """ + representative.joined(separator: ",\n")
    }()

    static func eventRow(_ id: Int64, _ share: Share, newSources: Int) -> [SQLValue] {
        let e = share.event
        let a = share.article
        return [
            .int(id), .text(e.date?.description ?? ""), SQLValue(e.date?.sqlDate ?? 0),
            .text(e.source.code), SQLValue(e.source.country), .text(e.source.text),
            .text(e.target?.code ?? ""), SQLValue(e.target?.country), .text(e.target?.text ?? ""),
            .text(e.code.code), .text(String(e.code.code.prefix(3))), .text(e.code.root),
            SQLValue(e.code.quadClass), .double((e.code.goldstein * 10).rounded() / 10), SQLValue(e.code.plover), .text(e.modality.rawValue),
            SQLValue(share.isRoot ? 1 : 0), SQLValue(share.mentions), SQLValue(newSources), SQLValue(share.articles.count),
            .text(a.id), SQLValue(e.sentence), .text(a.url ?? a.id), .int(Int64(a.date?.sqlDate ?? 0) * 1_000_000),
        ] + geoValues(e.location)
    }

    /// The location's columns: country, ADM1, feature, full name, FIPS country, latitude, longitude, gazetteer id.
    static func geoValues(_ l: EventLocation?) -> [SQLValue] {
        guard let l else { return Array(repeating: .null, count: 8) }
        return [.text(l.place.country), SQLValue(l.place.adm1), .text(l.place.feature.rawValue), .text(l.fullName), .text(l.place.fips),
                .double(l.place.latitude), .double(l.place.longitude), .text(l.place.id)]
    }

    static let mentionInsert = """
        INSERT INTO mentions (article_id, ordinal, event_id, sentence, span_start, span_end, source_text, target_text, modality,
            speaker_code, speaker_country, speaker_text, condition_text, evidence, pattern, json)
        """

    static func mentionRow(_ e: Event, article: Article, ordinal: Int) -> [SQLValue] {
        [
            .text(article.id), SQLValue(ordinal), .int(EventIdentity.id(e)), SQLValue(e.sentence), SQLValue(e.span.start), SQLValue(e.span.end),
            .text(e.source.text), SQLValue(e.target?.text), .text(e.modality.rawValue),
            SQLValue(e.speaker?.code), SQLValue(e.speaker?.country), SQLValue(e.speaker?.text), SQLValue(e.condition?.text),
            .text(e.evidence), .text(e.pattern), .text(EventJSON.encode(e)),
        ]
    }
}

/// The host of a URL, without Foundation's URL parsing of odd strings.
enum URLHost {
    static func of(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : host.lowercased()
    }
}
