-- Ordinary visitors for bench/hostile-soak.sh: bench/mix.lua, each request from one of 130,000 addresses
-- in the benchmarking range 198.18.0.0/15, as a proxy in front would say in X-Forwarded-For, so each
-- visitor meets the per-address limits alone, as people do, while the hostile clients meet theirs.
dofile("bench/mix.lua")
local mix = request
local format = wrk.format
local address
-- wrk.format leaves out wrk.headers when a request names its own (a POST's Content-Type): add the address to every one.
wrk.format = function(method, path, headers, body)
  local all = {}
  for name, value in pairs(wrk.headers) do all[name] = value end
  for name, value in pairs(headers or {}) do all[name] = value end
  all["X-Forwarded-For"] = address
  return format(method, path, all, body)
end
request = function()
  address = string.format("198.%d.%d.%d", math.random(18, 19), math.random(0, 255), math.random(1, 254))
  return mix()
end
-- The visitors' answers by status, so an error can be told apart from a limit (printed at the end).
statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end
local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
end
done = function()
  local all = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do all[status] = (all[status] or 0) + count end
  end
  local line = {}
  for status, count in pairs(all) do line[#line + 1] = status .. ": " .. count end
  table.sort(line)
  print("visitor answers: " .. table.concat(line, ", "))
end
