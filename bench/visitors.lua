-- Ordinary visitors for bench/hostile-soak.sh: bench/mix.lua, each request from one of 65,000 addresses
-- in the benchmarking range 198.18.0.0/15, as a proxy in front would say in X-Forwarded-For, so each
-- visitor meets the per-address limits alone, as people do, while the hostile clients meet theirs.
dofile("bench/mix.lua")
local mix = request
request = function()
  wrk.headers["X-Forwarded-For"] = string.format("198.%d.%d.%d", math.random(18, 19), math.random(0, 255), math.random(1, 254))
  return mix()
end
