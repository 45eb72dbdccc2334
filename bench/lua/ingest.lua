-- wrk script: ingestArticle with a new URL per request (env BENCH_TOKEN, BENCH_EXTRACT = true|false, BENCH_STAMP).
-- Bodies are eight paragraphs of quotes and reported speech; a response without "created":true counts as an error.
local token, extract, stamp = os.getenv("BENCH_TOKEN"), os.getenv("BENCH_EXTRACT"), os.getenv("BENCH_STAMP")
local words = { "government", "said", "policy", "security", "network", "trade", "minister", "deal", "pressure", "risk" }
local threads, counter = {}, 0
function setup(thread) thread:set("tid", #threads); table.insert(threads, thread) end
function init(args) failed = 0; extracted = 0; math.randomseed(7 + tid) end
local function paragraph(k)
  local w = {}
  for i = 1, 10 do w[i] = words[math.random(#words)] end
  local s = table.concat(w, " ")
  return string.format('Minister Jane Roe%d said \\"the %s will not change\\". The ministry said that %s mattered. ', k, s, s)
end
function request()
  counter = counter + 1
  local body = {}
  for k = 0, 7 do body[#body + 1] = paragraph(k) end
  local q = '{"query":"mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created extracted { id } userErrors { code } } }",'
    .. '"variables":{"input":{"url":"https://ingest.example/' .. stamp .. '/' .. extract .. '/' .. tid .. '/' .. counter .. '",'
    .. '"title":"Bench article ' .. counter .. '","outlet":"Bench Wire","publishedOn":"2024-05-01","language":"en",'
    .. '"body":"' .. table.concat(body) .. '","extract":' .. extract .. '}}}'
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, q)
end
function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"created":true', 1, true) then failed = failed + 1 end
  local _, n = string.gsub(body, '{"id":', '')
  extracted = extracted + n
end
function done(summary, latency, requests)
  local f, x = 0, 0
  for _, t in ipairs(threads) do f = f + t:get("failed"); x = x + t:get("extracted") end
  io.write(string.format("INGEST rps=%.1f requests=%d failed=%d extracted=%d p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests / (summary.duration / 1e6), summary.requests, f, x,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
