-- wrk script for npm run load:test: each thread takes every n-th path of the
-- file (its own share, so no two connections ask for the same new pair),
-- counts statuses, and the main state prints one JSON line with every
-- thread's counts.
--   wrk ... -s wrk-status-counts.lua URL -- PATHS_FILE THREADS
local threads = {}
local counter = 1
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  local n = tonumber(args[2])
  paths = {}
  local i = 0
  for line in io.lines(args[1]) do
    if i % n == id then table.insert(paths, line) end
    i = i + 1
  end
  statuses = {}
  wrapped = 0
end
function request()
  local path = paths[counter]
  counter = counter + 1
  if counter > #paths then counter = 1; wrapped = wrapped + 1 end
  return wrk.format("GET", path, { ["Accept"] = "text/html,*/*" })
end
function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end
function done(summary, latency, requests)
  local parts = {}
  local wraps = 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      table.insert(parts, string.format("[%q,%d]", status, n))
    end
    wraps = wraps + thread:get("wrapped")
  end
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"seconds":%.3f,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},"latencyMs":{"p50":%.1f,"p99":%.1f,"max":%.1f},"wrapped":%d,"statuses":[%s]}\n',
    summary.requests, summary.duration / 1e6, summary.bytes,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, wraps, table.concat(parts, ",")))
end
