"""The query page at GET /graphql in development: GraphiQL (docs explorer, autocompletion, history), served offline.

GraphiQL, React and Monaco are built once from npm into gateway/static/graphiql (recipe: scripts/graphiql) and served
from /graphiql/; the page has no inline script. GraphiQL's tabs and history live in sessionStorage, the token too:
nothing outlives the browser tab.
"""

from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static" / "graphiql"
ASSETS = "/graphiql"

GRAPHIQL_HTML = f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>低保 GraphQL · dibao gateway</title>
<link rel="stylesheet" href="{ASSETS}/graphiql.css">
<link rel="stylesheet" href="{ASSETS}/page.css">
<script src="{ASSETS}/graphiql.js" defer></script>
<script src="{ASSETS}/page.js" defer></script>
</head>
<body>
<header id="bar">
  <strong>低保 GraphQL</strong>
  <form id="sign-in" autocomplete="on">
    <input id="username" name="username" placeholder="用户名 username" autocomplete="username" required>
    <input id="password" name="password" type="password" placeholder="密码 password" autocomplete="current-password" required>
    <button type="submit">登录 Sign in</button>
  </form>
  <form id="paste-token">
    <input id="token" name="token" placeholder="或粘贴访问令牌 or paste an access token" autocomplete="off">
    <button type="submit">使用 Use</button>
  </form>
  <span id="signed-in" hidden><span id="who"></span> <button id="sign-out" type="button">退出 Sign out</button></span>
  <span id="bar-error" role="alert"></span>
</header>
<div id="graphiql"><p class="loading">正在加载 GraphiQL …</p></div>
</body>
</html>
"""
