-- wrk script: POST the JSON body in the file named by env BENCH_BODY; count responses carrying GraphQL "errors".
local f = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) gql_errors = 0; non2xx = 0 end
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1
  elseif body and string.find(body, '"errors"', 1, true) then gql_errors = gql_errors + 1 end
end
function done(summary, latency, requests)
  local e, n = 0, 0
  for _, t in ipairs(threads) do e = e + t:get("gql_errors"); n = n + t:get("non2xx") end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d non2xx=%d gql_errors=%d socket_errors=%d\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    n, e, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
