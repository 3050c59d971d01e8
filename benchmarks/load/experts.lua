-- wrk script: walks a list of request paths (benchmarks/load/make_requests.py), so the server answers
-- queries it has not answered before. Each of wrk's threads takes every THREADS-th path of the slice
-- [START, START+COUNT); a thread that reaches the end of its share starts over and counts it.
--   wrk -t2 -c16 -d15s --latency -s benchmarks/load/experts.lua http://127.0.0.1:8080 -- \
--       var/load/requests.paths START COUNT THREADS
-- At the end it prints one line for benchmarks/load/run.sh:
--   LOAD requests=N seconds=S p50_ms=.. p99_ms=.. non2xx=N socket_errors=N wrapped=N (times a thread started its share over)
-- Non-2xx answers are counted (wrk's summary), not raised, so a run reports them instead of dying.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file, start, count, step = args[1], tonumber(args[2] or "0"), tonumber(args[3] or "0"), tonumber(args[4] or "1")
  paths = {}
  for line in io.lines(file) do paths[#paths + 1] = line end
  if count <= 0 or start + count > #paths then count = #paths - start end
  first, last, stride = start + 1 + id, start + count, step
  next_path = first
  repeated = 0
end

function request()
  if next_path > last then
    next_path = first
    repeated = repeated + 1
  end
  local path = paths[next_path]
  next_path = next_path + stride
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local wraps = 0
  for _, thread in ipairs(threads) do wraps = wraps + (thread:get("repeated") or 0) end
  local errors = summary.errors
  io.write(string.format("LOAD requests=%d seconds=%.3f p50_ms=%.3f p99_ms=%.3f non2xx=%d socket_errors=%d wrapped=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout, wraps))
end
