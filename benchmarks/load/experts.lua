-- wrk script: a mix of expert queries, each request picking the next one in turn.
--   wrk -t2 -c16 -d20s -s benchmarks/load/experts.lua http://127.0.0.1:8080
-- Used by benchmarks/load/run.sh; numbers in docs/performance.md.
local queries = {
  "informatiebeveiliging", "roosteren", "passend%20onderwijs", "%22sociale%20veiligheid%22",
  "wie%20weet%20iets%20van%20dyslexie", "privacy%20policy", "meerjarenonderhoudsplan", "examens",
  "formatief%20evalueren", "ziekteverzuim", "Zermelo", "burgerschap",
}
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/v1/experts?q=" .. queries[i] .. "&size=10")
end
response = function(status)
  if status ~= 200 then error("unexpected status " .. status) end
end
