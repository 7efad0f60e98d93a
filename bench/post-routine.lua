-- POST /api/routines with a request that varies, as people's do; each answer is a durable save.
local areas = { "lower-back", "neck", "shoulders", "feet", "glutes", "calves" }
local counter = 0
request = function()
  counter = counter + 1
  local body = string.format('{"areas":["%s"],"minutes":%d,"performer":"self","painLevel":%d}',
    areas[counter % #areas + 1], 5 + counter % 56, counter % 7)
  return wrk.format("POST", "/api/routines", { ["Content-Type"] = "application/json" }, body)
end
