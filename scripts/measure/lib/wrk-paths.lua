-- wrk script: every request asks for the next path from a file (one per line),
-- so a run can request thousands of distinct pages. Threads take disjoint
-- shares of the file (line i goes to thread i mod threads), so no path is
-- requested twice unless a thread runs out of paths; "wrapped" counts that.
--   wrk ... -s wrk-paths.lua URL -- PATHS_FILE THREADS

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local file, count = args[1], tonumber(args[2])
  paths = {}
  local i = 0
  for line in io.lines(file) do
    if i % count == id and line ~= "" then paths[#paths + 1] = line end
    i = i + 1
  end
  npaths = #paths
  position = 0
  wrapped = 0
end

function request()
  position = position + 1
  if position > #paths then
    position = 1
    wrapped = wrapped + 1
  end
  return wrk.format(nil, paths[position])
end

function done(summary, latency, requests)
  local total_wrapped, total_paths = 0, 0
  for _, thread in ipairs(threads) do
    total_wrapped = total_wrapped + thread:get("wrapped")
    total_paths = total_paths + thread:get("npaths")
  end
  io.write(string.format("paths: %d, wrapped: %d\n", total_paths, total_wrapped))
end
