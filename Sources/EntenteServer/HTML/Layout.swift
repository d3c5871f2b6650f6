/// The frame of every page: head, styles, navigation. Styles are inline so the dashboard needs nothing
/// from elsewhere.
enum Layout {
    /// A page; with `period`, the period picker shared by every page, which keeps the page's other query
    /// parameters (`keep`) and carries the period into the navigation.
    static func page(title: String, period: DashboardPeriod? = nil, keep: [(String, String)] = [], _ body: HTMLString) -> String {
        let items = period?.queryItems ?? []
        let nav: [HTMLString] = [("/", "Overview"), ("/network", "Network"), ("/events", "Events"), ("/articles", "Articles")].map { path, name in
            "<a href=\"\(Link.withQuery(path, items))\">\(name)</a> "
        }
        let periodForm: HTMLString = period.map { Layout.picker($0, keep: keep) } ?? ""
        let page: HTMLString = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · Entente</title>
        <style>\(style)</style>
        </head>
        <body>
        <header><a class="brand" href="/">Entente</a>
        <nav>\(nav)<a href="/openapi.json">API</a></nav>\(periodForm)</header>
        <main>
        \(body)
        </main>
        </body>
        </html>
        """
        return page.html
    }

    /// A form's hidden fields, so that submitting it keeps these parameters.
    static func hiddenInputs(_ parameters: [(String, String)]) -> HTMLString {
        HTMLString.join(parameters.map { name, value in "<input type=\"hidden\" name=\"\(name)\" value=\"\(value)\">" })
    }

    /// From and to, as dates of any precision; submitting keeps the page and its other parameters.
    static func picker(_ period: DashboardPeriod, keep: [(String, String)]) -> HTMLString {
        let hidden = hiddenInputs(keep.filter { $0.0 != "from" && $0.0 != "to" })
        let pattern = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
        return """
        <form class="period-picker" method="get">\(hidden)<label>From <input name="from" value="\(period.from?.description)" placeholder="YYYY-MM" pattern="\(pattern)" size="10"></label>
        <label>to <input name="to" value="\(period.to?.description)" placeholder="YYYY-MM-DD" pattern="\(pattern)" size="10"></label>
        <button>Show</button> <span class="muted">(empty: all dates)</span></form>
        """
    }

    /// Quad-class colours, shared by charts and tables: cooperation in blues and greens, conflict in oranges and reds.
    static let quadColors = ["#4e9ad6", "#2e8b57", "#f0a030", "#c8352b"]
    static let quadNames = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]

    private static let style: HTMLString = """
    body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
    header{display:flex;gap:2em;align-items:baseline;padding:.6em 1.5em;background:#1f2d3d;color:#fff}
    header a{color:#dde;text-decoration:none;margin-right:1em}.brand{font-weight:700;color:#fff}
    main{max-width:1180px;margin:0 auto;padding:1em 1.5em}
    h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.15em;margin:1.4em 0 .4em}
    table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #e3e3e3;vertical-align:top}
    th{background:#eef1f4;font-weight:600}
    .num{text-align:right;font-variant-numeric:tabular-nums}
    .chart{background:#fff;border:1px solid #ddd;max-width:100%;height:auto}
    .legend span{display:inline-block;margin-right:1.2em}.legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-1px}
    .period{padding:.2em .6em;margin:.3em 0;border-left:4px solid #ccd}.period:target{background:#fff6d0;border-left-color:#e0a000}
    .redline{border-left:4px solid #c8352b;background:#fff0ee;padding:.4em .8em;margin:.4em 0}
    .condition{border-left:4px solid #f0a030;background:#fff8ec;padding:.4em .8em;margin:.4em 0}
    .tag{display:inline-block;font-size:.8em;padding:0 .4em;border-radius:3px;background:#e6e9ee;margin-right:.3em}
    .tag.negated{background:#f6d5d2}.tag.hypothetical{background:#fbe7c2}.tag.future{background:#d8e8f8}.tag.asserted{background:#dcefdc}
    .article-text{background:#fff;border:1px solid #ddd;padding:1em 1.3em;white-space:pre-wrap;max-width:52em}
    mark{background:#ffe58a;padding:0 1px}mark:target,tr:target{outline:2px solid #e0a000}
    form.filters{display:flex;flex-wrap:wrap;gap:.5em 1em;background:#fff;border:1px solid #ddd;padding:.6em}
    form.filters label{display:flex;flex-direction:column;font-size:.85em}form.filters input,form.filters select{width:9em}
    .muted{color:#777}.evidence{max-width:34em}
    .period-picker{margin-left:auto;display:flex;gap:.5em;align-items:center;font-size:.85em}.period-picker input{width:7.5em}
    .period-picker .muted{color:#aab}
    .map-legend i{display:inline-block;width:1.1em;height:.8em;margin:0}.scale{white-space:nowrap}
    .multiples{display:flex;flex-wrap:wrap;gap:.8em}.multiple{margin:0;background:#fff;border:1px solid #ddd;padding:.3em .5em}
    .multiple .chart{border:0}.columns{display:flex;flex-wrap:wrap;gap:1.5em}.columns>section{flex:1 1 26em}
    .up{color:#1f8f4a}.down{color:#c82020}
    """
}
