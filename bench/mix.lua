-- A mix of what people do, for wrk: browse the catalog, open a technique, build a routine, read it,
-- walk a step, print the sheet and the PDF. ROUTINES (comma-separated ids) names saved routines.
local routines = {}
for id in string.gmatch(os.getenv("ROUTINES") or "", "[^,]+") do routines[#routines + 1] = id end
local techniques = { "flat-back-90-90", "thread-the-needle", "supine-twist", "foot-ball-roll", "self-neck-massage" }
local areas = { "lower-back", "neck", "shoulders", "feet", "glutes", "calves" }
local build = '{"areas":["%s"],"minutes":%d,"performer":"self","painLevel":%d}'

request = function()
  local pick = math.random(100)
  local routine = routines[math.random(#routines)]
  if pick <= 25 then
    return wrk.format("GET", "/techniques")
  elseif pick <= 35 then
    return wrk.format("GET", "/techniques?area=" .. areas[math.random(#areas)])
  elseif pick <= 50 then
    return wrk.format("GET", "/techniques/" .. techniques[math.random(#techniques)])
  elseif pick <= 60 then
    local body = string.format(build, areas[math.random(#areas)], 5 + math.random(55), math.random(0, 6))
    return wrk.format("POST", "/api/routines", { ["Content-Type"] = "application/json" }, body)
  elseif pick <= 75 then
    return wrk.format("GET", "/routines/" .. routine)
  elseif pick <= 85 then
    return wrk.format("GET", "/routines/" .. routine .. "/steps/" .. math.random(3))
  elseif pick <= 95 then
    return wrk.format("GET", "/routines/" .. routine .. "/sheet")
  else
    return wrk.format("GET", "/routines/" .. routine .. "/sheet.pdf")
  end
end
