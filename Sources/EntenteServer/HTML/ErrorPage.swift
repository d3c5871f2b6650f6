import HTTPTypes

/// The page shown for a failed request outside the API.
enum ErrorPage {
    static func render(status: HTTPResponse.Status, message: String) -> String {
        Layout.page(title: "Error \(status.code)", """
        <h1>\(status.code) \(status.reasonPhrase)</h1>
        <p>\(message)</p>
        <p><a href="/">Back to the network of states</a></p>
        """)
    }
}
