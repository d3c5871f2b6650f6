import EntenteCore

/// One coded event as an article reports it (a row of `mentions`): what the dashboard lists, one per report,
/// as `entente code` wrote it.
public struct StoredMention: Sendable, Equatable {
    public var articleID: String
    /// The event's position among its article's events, from 0.
    public var ordinal: Int
    /// The event as `EventJSON` wrote it.
    public var json: String
    /// The article's ISO date, if it had one.
    public var articleDate: String?
}

/// Where a mention sits in the listing order, newest first: its date (the event's, else its article's;
/// empty when neither is known, listed last), then article id and ordinal.
public struct MentionKey: Sendable, Equatable {
    public var date: String
    public var articleID: String
    public var ordinal: Int

    public init(date: String, articleID: String, ordinal: Int) {
        self.date = date
        self.articleID = articleID
        self.ordinal = ordinal
    }
}

/// An article as stored, with the number of events coded in it.
public struct ArticleRecord: Sendable {
    public var article: Article
    public var events: Int
}

extension EventStore {
    /// The date a mention is listed and paged under. ISO strings sort as `SimpleDate` does ("2024" before
    /// "2024-06" before "2024-06-01"), so ordering by the text orders by date.
    static let mentionDate = "COALESCE(NULLIF(events.date, ''), a.date, '')"
    static let mentionFrom = "FROM mentions m JOIN events ON events.id = m.event_id JOIN articles a ON a.id = m.article_id"

    /// Mentions whose event and own speaker, evidence and condition pass `filter`, newest first, after `key`.
    public func mentions(_ filter: EventFilter, after key: MentionKey? = nil, limit: Int? = nil) throws(EntenteError) -> [StoredMention] {
        var (clause, values) = filter.whereClause(mentionScoped: true)
        if let key {
            let d = Self.mentionDate
            let later = "(m.article_id > ? OR (m.article_id = ? AND m.ordinal > ?))"
            let keyed = key.date.isEmpty ? "(\(d) = '' AND \(later))" : "((\(d) <> '' AND \(d) < ?) OR (\(d) = ? AND \(later)) OR \(d) = '')"
            if !key.date.isEmpty { values += [.text(key.date), .text(key.date)] }
            values += [.text(key.articleID), .text(key.articleID), .int(Int64(key.ordinal))]
            clause += (clause.isEmpty ? " WHERE " : " AND ") + keyed
        }
        let order = " ORDER BY CASE WHEN \(Self.mentionDate) = '' THEN 1 ELSE 0 END, \(Self.mentionDate) DESC, m.article_id, m.ordinal"
        let sql = "SELECT m.article_id, m.ordinal, m.json, a.date \(Self.mentionFrom)\(clause)\(order)" + (limit.map { " LIMIT \(max(0, $0))" } ?? "")
        return try wrap { try database.read { try $0.query(sql, values).compactMap(Self.mention(row:)) } }
    }

    static func mention(row: SQLRow) -> StoredMention? {
        guard row.count >= 4, let id = row[0].string, let ordinal = row[1].int, let json = row[2].string else { return nil }
        return StoredMention(articleID: id, ordinal: ordinal, json: json, articleDate: row[3].string)
    }

    /// Articles newest first (undated last, then by id), at most `limit`.
    public func articles(limit: Int, from: SimpleDate? = nil, to: SimpleDate? = nil) throws(EntenteError) -> [ArticleRecord] {
        // Dates are ISO text, so they compare as text; a less precise date ("2024-06") counts when its span
        // overlaps the range, as the event filters read dates: it is a prefix of the range's end or start.
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let from {
            conditions.append("(date >= ? OR ? LIKE date || '%')")
            values += [.text(from.firstDay.description), .text(from.firstDay.description)]
        }
        if let to {
            conditions.append("date <= ?")
            values.append(.text(to.lastDay.description))
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") + " "
        let sql = "SELECT \(Self.articleColumns) FROM articles \(filter)ORDER BY CASE WHEN date IS NULL THEN 1 ELSE 0 END, date DESC, id LIMIT \(max(0, limit))"
        return try wrap { try database.read { try $0.query(sql, values).compactMap(Self.article(row:)) } }
    }

    /// One article and its mentions in order; nil when no article has that id. The text is empty for
    /// articles stored before the store kept texts.
    public func article(id: String) throws(EntenteError) -> (record: ArticleRecord, mentions: [StoredMention])? {
        try wrap {
            try database.read { session in
                guard let record = try session.query("SELECT \(Self.articleColumns) FROM articles WHERE id = ?", [.text(id)]).first.flatMap(Self.article(row:))
                else { return nil }
                let mentions = try session.query("SELECT m.article_id, m.ordinal, m.json, a.date \(Self.mentionFrom) WHERE m.article_id = ? ORDER BY m.ordinal", [.text(id)])
                return (record, mentions.compactMap(Self.mention(row:)))
            }
        }
    }

    static let articleColumns = "id, date, title, text, source, url, events"

    static func article(row: SQLRow) -> ArticleRecord? {
        guard row.count >= 7, let id = row[0].string else { return nil }
        // `source` holds what NumSources counts by; an article without an outlet or URL counts as itself.
        let source = row[4].string.flatMap { $0.hasPrefix("article:") ? nil : $0 }
        let article = Article(id: id, date: row[1].string.flatMap(SimpleDate.init(iso:)), title: row[2].string, text: row[3].string ?? "",
                              source: source, url: row[5].string)
        return ArticleRecord(article: article, events: row[6].int ?? 0)
    }
}
