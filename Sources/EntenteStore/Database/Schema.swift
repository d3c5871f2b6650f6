/// The store's tables, created by numbered migrations that both backends run the same way.
///
/// - `articles`: one row per article, identified by its id, with the hash of its content.
/// - `events`: one row per distinct event (see `EventIdentity`), with GDELT's counts.
/// - `mentions`: one row per coded event in an article, linking it to its event, with its evidence,
///   modality, speaker and the event's JSON as `entente code` writes it.
/// - `event_sources`: which sources mention each event, so that NumSources counts each source once.
/// - `entente_generation`: one number that grows with every write (`EventStore.generation()`).
enum Schema {
    /// The migrations in order; a database at version n has run the first n.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE articles (
                id {key} PRIMARY KEY, hash TEXT NOT NULL, date TEXT, title TEXT, source {key} NOT NULL, url TEXT,
                sentences BIGINT NOT NULL, events BIGINT NOT NULL)
            """,
            """
            CREATE TABLE events (
                id BIGINT PRIMARY KEY, date TEXT NOT NULL, day BIGINT NOT NULL,
                source_code TEXT NOT NULL, source_country TEXT, source_name TEXT NOT NULL,
                target_code TEXT NOT NULL, target_country TEXT, target_name TEXT NOT NULL,
                code TEXT NOT NULL, base_code TEXT NOT NULL, root_code TEXT NOT NULL,
                quad_class BIGINT NOT NULL, goldstein DOUBLE PRECISION NOT NULL, plover TEXT, modality TEXT NOT NULL,
                is_root BIGINT NOT NULL, num_mentions BIGINT NOT NULL, num_sources BIGINT NOT NULL, num_articles BIGINT NOT NULL,
                first_article {key} NOT NULL, first_sentence BIGINT NOT NULL, source_url TEXT NOT NULL, date_added BIGINT NOT NULL)
            """,
            """
            CREATE TABLE mentions (
                article_id {key} NOT NULL, ordinal BIGINT NOT NULL, event_id BIGINT NOT NULL, sentence BIGINT NOT NULL,
                span_start BIGINT NOT NULL, span_end BIGINT NOT NULL, source_text TEXT NOT NULL, target_text TEXT,
                modality TEXT NOT NULL, speaker_code TEXT, speaker_country TEXT, speaker_text TEXT, condition_text TEXT,
                evidence TEXT NOT NULL, pattern TEXT NOT NULL, json TEXT NOT NULL,
                PRIMARY KEY (article_id, ordinal))
            """,
            "CREATE TABLE event_sources (event_id BIGINT NOT NULL, source {key} NOT NULL, PRIMARY KEY (event_id, source))",
            "CREATE INDEX mentions_event ON mentions (event_id)",
            "CREATE INDEX events_day ON events (day)",
            "CREATE INDEX events_source ON events (source_code)",
            "CREATE INDEX events_target ON events (target_code)",
            "CREATE INDEX events_code ON events (code)",
        ],
        // The article's text, for the dashboard's article page (evidence highlighted in place); NULL in rows
        // written before this migration.
        ["ALTER TABLE articles ADD COLUMN text TEXT"],
        // Where the event took place (its representative mention's location); NULL where the text does not
        // say, and in rows written before this migration.
        [
            "ALTER TABLE events ADD COLUMN geo_country TEXT", "ALTER TABLE events ADD COLUMN geo_adm1 TEXT",
            "ALTER TABLE events ADD COLUMN geo_feature TEXT", "ALTER TABLE events ADD COLUMN geo_name TEXT",
            "ALTER TABLE events ADD COLUMN geo_fips TEXT", "ALTER TABLE events ADD COLUMN geo_lat DOUBLE PRECISION",
            "ALTER TABLE events ADD COLUMN geo_lon DOUBLE PRECISION", "ALTER TABLE events ADD COLUMN geo_id TEXT",
            "CREATE INDEX events_geo_country ON events (geo_country)",
        ],
        // The store's generation: one row, one more with each write that adds articles, in the writing
        // transaction, so that a reader learns whether anything changed from one row instead of counting them.
        [
            "CREATE TABLE entente_generation (value BIGINT NOT NULL)",
            "INSERT INTO entente_generation (value) SELECT COUNT(*) FROM articles",
        ],
    ]

    /// The tables in the order a dump lists them.
    static let tables = ["articles", "events", "mentions", "event_sources"]

    /// `statement` for `dialect`: keys compared byte by byte on both, so that "the first article" is the same.
    static func render(_ statement: String, for dialect: SQLDialect) -> String {
        statement.replacingOccurrences(of: "{key}", with: dialect == .postgres ? "TEXT COLLATE \"C\"" : "TEXT")
    }

    /// Brings the database to the latest version; concurrent ingests starting together migrate once.
    static func migrate(_ database: any SQLDatabase) throws {
        try database.transaction { session in
            if session.dialect == .postgres { try session.execute("SELECT pg_advisory_xact_lock(5, 0)") }
            try session.execute("CREATE TABLE IF NOT EXISTS entente_schema (version BIGINT NOT NULL)")
            let version = try session.query("SELECT MAX(version) FROM entente_schema").first?.first?.int ?? 0
            for (index, statements) in migrations.enumerated() where index >= version {
                for statement in statements { try session.execute(render(statement, for: session.dialect)) }
                try session.execute("INSERT INTO entente_schema (version) VALUES (?)", [.int(Int64(index + 1))])
            }
        }
    }
}
