"""A self-contained query page (no CDN): edit a query, variables and token, run it, see the plan."""

GRAPHIQL_HTML = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>低保 GraphQL · dibao gateway</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid;
         grid-template-columns: 1fr 1fr; height: 100vh; }
  section { display: flex; flex-direction: column; padding: 8px; gap: 6px; min-height: 0; }
  textarea, pre { font: 13px/1.4 ui-monospace, monospace; border: 1px solid #ccc; border-radius: 4px; padding: 6px; }
  textarea { resize: none; }
  #query { flex: 3; } #variables { flex: 1; }
  pre { flex: 1; margin: 0; overflow: auto; background: #f7f7f7; white-space: pre-wrap; }
  .bar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
  input[type=text] { flex: 1; min-width: 8em; }
  button { padding: 4px 14px; }
</style>
</head>
<body>
<section>
  <div class="bar">
    <button id="run" title="Ctrl+Enter">执行 Run</button>
    <label><input type="checkbox" id="plan"> 查询计划 plan</label>
    <input type="text" id="operation" placeholder="operationName">
  </div>
  <input type="text" id="token" placeholder="Authorization: Bearer …">
  <textarea id="query" spellcheck="false">{\n  __typename\n}</textarea>
  <textarea id="variables" spellcheck="false" placeholder="variables (JSON)">{}</textarea>
</section>
<section><pre id="result"></pre></section>
<script>
const $ = (id) => document.getElementById(id);
for (const id of ["query", "variables", "token"]) {
  const saved = localStorage.getItem("dibao." + id);
  if (saved !== null) $(id).value = saved;
  $(id).addEventListener("input", () => localStorage.setItem("dibao." + id, $(id).value));
}
async function run() {
  let variables = {};
  try { variables = JSON.parse($("variables").value || "{}"); }
  catch (e) { $("result").textContent = "variables: " + e.message; return; }
  const headers = {"content-type": "application/json"};
  const token = $("token").value.trim();
  if (token) headers["authorization"] = token.toLowerCase().startsWith("bearer ") ? token : "Bearer " + token;
  if ($("plan").checked) headers["x-dibao-query-plan"] = "1";
  const body = {query: $("query").value, variables, operationName: $("operation").value || null};
  $("result").textContent = "…";
  const response = await fetch(location.pathname, {method: "POST", headers, body: JSON.stringify(body)});
  const text = await response.text();
  try { $("result").textContent = "HTTP " + response.status + "\\n" + JSON.stringify(JSON.parse(text), null, 2); }
  catch (e) { $("result").textContent = "HTTP " + response.status + "\\n" + text; }
}
$("run").addEventListener("click", run);
document.addEventListener("keydown", (e) => { if (e.ctrlKey && e.key === "Enter") run(); });
</script>
</body>
</html>
"""
