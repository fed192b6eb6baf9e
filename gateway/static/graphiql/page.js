// The gateway's query page: GraphiQL over POST /graphql with the token of this tab, kept in sessionStorage only.
"use strict";

(function () {
  const TOKEN = "dibao.graphiql.token";
  const WHO = "dibao.graphiql.who";
  const $ = (id) => document.getElementById(id);
  const { React, createRoot, GraphiQL } = window.DibaoGraphiQL;
  const root = createRoot($("graphiql"));
  let mounted = 0;

  // GraphiQL's tabs, history and settings: this tab's sessionStorage, under GraphiQL's own keys only.
  const storage = {
    getItem: (key) => sessionStorage.getItem(key),
    setItem: (key, value) => sessionStorage.setItem(key, value),
    removeItem: (key) => sessionStorage.removeItem(key),
    get length() { return Object.keys(sessionStorage).filter((key) => key.startsWith("graphiql:")).length; },
    clear() { Object.keys(sessionStorage).filter((key) => key.startsWith("graphiql:")).forEach((key) => sessionStorage.removeItem(key)); },
  };

  async function fetcher(params, options) {
    const headers = { "content-type": "application/json", accept: "application/json" };
    const token = sessionStorage.getItem(TOKEN);
    if (token) headers.authorization = `Bearer ${token}`;
    Object.assign(headers, (options && options.headers) || {});  // the header editor (e.g. x-dibao-query-plan: 1) wins
    const response = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify(params) });
    return response.json();
  }

  const DEFAULT_QUERY = `# 低保 GraphQL：先在上方登录（或粘贴令牌），再按 Ctrl+Enter 执行。左侧“文档”可浏览全部类型与字段。
# Sign in above (or paste a token), then run with Ctrl+Enter. The docs explorer lists every type and field.
{
  householdStatistics {
    regionCode
    total { households persons monthlyAmount }
    byRegion { key name households persons }
  }
}
`;

  function render() {
    // A new key remounts GraphiQL, so it introspects the schema again with the current token.
    mounted += 1;
    root.render(React.createElement(GraphiQL, {
      key: mounted, fetcher, storage, defaultQuery: DEFAULT_QUERY, shouldPersistHeaders: false, defaultEditorToolsVisibility: false,
    }));
    const who = sessionStorage.getItem(WHO);
    $("signed-in").hidden = !sessionStorage.getItem(TOKEN);
    $("sign-in").hidden = $("paste-token").hidden = !!sessionStorage.getItem(TOKEN);
    $("who").textContent = who ? `已登录 ${who}` : "已使用令牌";
  }

  function use(token, who) {
    sessionStorage.setItem(TOKEN, token);
    if (who) sessionStorage.setItem(WHO, who); else sessionStorage.removeItem(WHO);
    $("bar-error").textContent = "";
    render();
  }

  $("sign-in").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = new URLSearchParams({ grant_type: "password", username: $("username").value, password: $("password").value });
    const response = await fetch("/auth/token", { method: "POST", body: form });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || !body.access_token) {
      $("bar-error").textContent = ((body.errors || [])[0] || {}).message || `登录失败 (HTTP ${response.status})`;
      return;
    }
    $("password").value = "";
    use(body.access_token, $("username").value);
  });

  $("paste-token").addEventListener("submit", (event) => {
    event.preventDefault();
    const token = $("token").value.trim().replace(/^bearer\s+/i, "");
    $("token").value = "";
    if (token) use(token, "");
  });

  $("sign-out").addEventListener("click", () => {
    const token = sessionStorage.getItem(TOKEN);
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(WHO);
    if (token) fetch("/auth/logout", { method: "POST", headers: { authorization: `Bearer ${token}` } }).catch(() => {});
    render();
  });

  render();
})();
