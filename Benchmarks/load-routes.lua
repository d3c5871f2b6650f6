-- The routes a wrk load rotates through, one per request: every page and API read. Used by the load test
-- (Tests/EntenteServerTests/LoadTests.swift) and by Benchmarks/server-load.sh.
local paths = {"/", "/events", "/api/events?limit=20", "/api/dyads", "/dyads/RUS/KOR", "/api/dyads/RUS/KOR/series?by=month",
               "/articles", "/api/actors", "/api/articles", "/events?quad=4&limit=50", "/openapi.json", "/network?top=40",
               "/countries/RUS", "/api/map", "/api/countries/KOR?from=2024", "/api/changes"}
local i = 0
request = function()
    i = i + 1
    return wrk.format("GET", paths[(i % #paths) + 1])
end
