/// The list of stored articles of the period, newest first.
enum ArticlesPage {
    static func render(_ articles: [ArticleSummary], period: DashboardPeriod) -> String {
        let rows = articles.map { a -> HTMLString in
            "<tr><td>\(a.date?.description ?? "–")</td><td><a href=\"\(Link.article(a.id))\">\(a.title ?? a.id)</a></td><td class=\"num\">\(a.events)</td></tr>"
        }
        return Layout.page(title: "Articles", period: period, """
        <h1>Articles <span class="muted">\(period.label)</span></h1>
        <p class="muted">New articles are added with <code>POST /api/articles</code> (see <a href="/openapi.json">the API</a>).</p>
        <table><tr><th>Date</th><th>Title</th><th class="num">Events</th></tr>\(rows)</table>
        """)
    }
}
