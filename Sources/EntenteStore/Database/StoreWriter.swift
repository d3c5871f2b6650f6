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
    func write(_ coded: [CodedArticle], hashes: [String: String]) throws -> [CodedArticle] {
        var written: [CodedArticle] = []
        for item in coded.sorted(by: { $0.article.id.precedesInBytes($1.article.id) }) {
            let a = item.article
            let inserted = try session.query("""
                INSERT INTO articles (id, hash, date, title, source, url, sentences, events) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING RETURNING id
                """, [.text(a.id), .text(hashes[a.id] ?? ContentHash.of(a)), SQLValue(a.date?.description), SQLValue(a.title),
                      .text(Self.sourceName(a)), SQLValue(a.url), SQLValue(item.sentences), SQLValue(item.events.count)])
            if !inserted.isEmpty { written.append(item) }
        }
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
                share.sources.insert(Self.sourceName(item.article))
                share.isRoot = share.isRoot || event.sentence == 0
                shares[id] = share
            }
        }
        for id in shares.keys.sorted() {
            guard let share = shares[id] else { continue }
            var newSources = 0
            for source in share.sources.sorted(by: { $0.precedesInBytes($1) }) {
                let rows = try session.query("INSERT INTO event_sources (event_id, source) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING event_id",
                                             [.int(id), .text(source)])
                newSources += rows.count
            }
            try upsert(id, share, newSources: newSources)
        }
        for item in written {
            for (ordinal, event) in item.events.enumerated() {
                try insertMention(event, article: item.article, ordinal: ordinal)
            }
        }
        return written
    }

    private func upsert(_ id: Int64, _ share: Share, newSources: Int) throws {
        let e = share.event
        let a = share.article
        // The representative mention is the first by (article id, sentence): the same whatever the order of ingest.
        let earlier = "(excluded.first_article < events.first_article OR (excluded.first_article = events.first_article AND excluded.first_sentence < events.first_sentence))"
        try session.execute("""
            INSERT INTO events (id, date, day, source_code, source_country, source_name, target_code, target_country, target_name,
                code, base_code, root_code, quad_class, goldstein, plover, modality, is_root, num_mentions, num_sources, num_articles,
                first_article, first_sentence, source_url, date_added)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                num_mentions = events.num_mentions + excluded.num_mentions,
                num_sources = events.num_sources + excluded.num_sources,
                num_articles = events.num_articles + excluded.num_articles,
                is_root = CASE WHEN excluded.is_root > events.is_root THEN excluded.is_root ELSE events.is_root END,
                source_name = CASE WHEN \(earlier) THEN excluded.source_name ELSE events.source_name END,
                target_name = CASE WHEN \(earlier) THEN excluded.target_name ELSE events.target_name END,
                source_url = CASE WHEN \(earlier) THEN excluded.source_url ELSE events.source_url END,
                date_added = CASE WHEN \(earlier) THEN excluded.date_added ELSE events.date_added END,
                first_sentence = CASE WHEN \(earlier) THEN excluded.first_sentence ELSE events.first_sentence END,
                first_article = CASE WHEN \(earlier) THEN excluded.first_article ELSE events.first_article END
            """, [
                .int(id), .text(e.date?.description ?? ""), SQLValue(e.date?.dayNumber ?? 0),
                .text(e.source.code), SQLValue(e.source.country), .text(e.source.text),
                .text(e.target?.code ?? ""), SQLValue(e.target?.country), .text(e.target?.text ?? ""),
                .text(e.code.code), .text(String(e.code.code.prefix(3))), .text(e.code.root),
                SQLValue(e.code.quadClass), .double((e.code.goldstein * 10).rounded() / 10), SQLValue(e.code.plover), .text(e.modality.rawValue),
                SQLValue(share.isRoot ? 1 : 0), SQLValue(share.mentions), SQLValue(newSources), SQLValue(share.articles.count),
                .text(a.id), SQLValue(e.sentence), .text(a.url ?? a.id), .int(Int64(a.date?.dayNumber ?? 0) * 1_000_000),
            ])
    }

    private func insertMention(_ e: Event, article: Article, ordinal: Int) throws {
        try session.execute("""
            INSERT INTO mentions (article_id, ordinal, event_id, sentence, span_start, span_end, source_text, target_text, modality,
                speaker_code, speaker_country, speaker_text, condition_text, evidence, pattern, json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                .text(article.id), SQLValue(ordinal), .int(EventIdentity.id(e)), SQLValue(e.sentence), SQLValue(e.span.start), SQLValue(e.span.end),
                .text(e.source.text), SQLValue(e.target?.text), .text(e.modality.rawValue),
                SQLValue(e.speaker?.code), SQLValue(e.speaker?.country), SQLValue(e.speaker?.text), SQLValue(e.condition?.text),
                .text(e.evidence), .text(e.pattern), .text(EventJSON.encode(e)),
            ])
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
