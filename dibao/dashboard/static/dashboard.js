// 数据大屏: signs in at /auth/token, reads the statistics from the public /graphql, draws them with ECharts.
// The access token lives in sessionStorage: this tab only, gone when it closes.
"use strict";

const TOKEN_KEY = "dibao.dashboard.token";
const REFRESH_MS = 5 * 60 * 1000;
// Two operations, so a user without one of the rights still sees the other (a refused non-null root nulls `data`).
const STATISTICS = `query DashboardStatistics {
  regions { code name level }
  householdStatistics {
    regionCode
    total { households persons monthlyAmount }
    byRegion { key name households persons monthlyAmount }
    byStatus { key households persons }
    perCapitaMonthly
    applications { state count overdue }
    overdueApplications
    monthly { month households amount }
  }
}`;
const FINDINGS = `query DashboardFindings { findingsByRule { rule title findings open overdue } }`;
// The workflow's open steps in order with their Chinese names, from the server's label table (/dashboard/labels.json).
let OPEN_STEPS = [];
const COLORS = ["#4fd2ff", "#7ee787", "#ffb347", "#ff7b72", "#d2a8ff", "#79c0ff", "#f2cc60"];
const AXIS = { axisLine: { lineStyle: { color: "#3d5f91" } }, axisLabel: { color: "#9fb4d4" }, splitLine: { lineStyle: { color: "#1b3766" } } };

const $ = (id) => document.getElementById(id);
const charts = {};
let timer = null;

function token() { return sessionStorage.getItem(TOKEN_KEY); }

function show(signedIn) {
  $("sign-in").hidden = signedIn;
  $("board").hidden = !signedIn;
  $("refresh").hidden = $("sign-out").hidden = !signedIn;
}

async function signIn(event) {
  event.preventDefault();
  $("sign-in-error").textContent = "";
  const form = new URLSearchParams({ grant_type: "password", username: $("username").value, password: $("password").value });
  const response = await fetch("/auth/token", { method: "POST", body: form });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    const error = (body.errors && body.errors[0]) || {};
    $("sign-in-error").textContent = error.message || `登录失败（HTTP ${response.status}）`;
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, body.access_token);
  $("password").value = "";
  await load();
}

function signOut() {
  const current = token();
  sessionStorage.removeItem(TOKEN_KEY);
  if (timer) clearInterval(timer);
  timer = null;
  if (current) fetch("/auth/logout", { method: "POST", headers: { authorization: `Bearer ${current}` } }).catch(() => {});
  show(false);
}

async function ask(query) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token()}` },
    body: JSON.stringify({ query }),
  });
  if (response.status === 401) return null;
  return response.json();
}

async function load() {
  if (!OPEN_STEPS.length) OPEN_STEPS = (await (await fetch("/dashboard/labels.json")).json()).openSteps;
  const answers = await Promise.all([ask(STATISTICS), ask(FINDINGS)]);
  if (answers.includes(null)) { signOut(); $("sign-in-error").textContent = "登录已过期，请重新登录"; return; }
  show(true);
  draw(Object.assign({}, ...answers.map((a) => a.data || {})), answers.flatMap((a) => a.errors || []));
  if (!timer) timer = setInterval(load, REFRESH_MS);
}

function number(text) { return Number(text); }
function yuan(text) { return number(text).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }); }
function count(value) { return Number(value).toLocaleString("zh-CN"); }

function refusal(errors, field) {
  const error = errors.find((e) => (e.path || [])[0] === field);
  if (!error) return null;
  const extensions = error.extensions || {};
  if (extensions.code === "FORBIDDEN") return `您的角色无权查看此项数据（${extensions.reasonZh || error.message}）`;
  return extensions.reasonZh || error.message;
}

function panel(id, option, problem) {
  const element = $(id);
  const note = element.parentElement.querySelector(".panel-error");
  note.hidden = !problem;
  note.textContent = problem || "";
  if (problem) return;
  charts[id] = charts[id] || echarts.init(element, null, { renderer: "canvas" });
  charts[id].setOption({ color: COLORS, textStyle: { fontFamily: "inherit" }, animationDuration: 300, ...option }, true);
}

function draw(data, errors) {
  const stats = data.householdStatistics;
  const region = (data.regions || []).find((r) => stats && r.code === stats.regionCode) || (data.regions || [])[0];
  $("region-name").textContent = region ? region.name : "最低生活保障";
  $("updated").textContent = `更新于 ${new Date().toLocaleTimeString("zh-CN", { hour12: false })}`;
  const statsProblem = stats ? null : (refusal(errors, "householdStatistics") || "统计数据不可用");
  if (stats) {
    const open = stats.applications.filter((a) => OPEN_STEPS.some(([state]) => state === a.state));
    const active = stats.byStatus.find((s) => s.key === "ACTIVE") || { households: 0, persons: 0 };
    $("kpi-households").textContent = count(active.households);
    $("kpi-persons").textContent = count(active.persons);
    $("kpi-amount").textContent = yuan(stats.total.monthlyAmount);
    $("kpi-per-capita").textContent = yuan(stats.perCapitaMonthly);
    $("kpi-backlog").textContent = count(open.reduce((sum, a) => sum + a.count, 0));
    $("kpi-overdue").textContent = count(stats.overdueApplications);
  }
  panel("chart-regions", stats && regionsOption(stats.byRegion), statsProblem);
  panel("chart-monthly", stats && monthlyOption(stats.monthly), statsProblem);
  panel("chart-backlog", stats && backlogOption(stats.applications), statsProblem);
  const findings = data.findingsByRule;
  panel("chart-findings", findings && findingsOption(findings), findings ? null : (refusal(errors, "findingsByRule") || "线索数据不可用"));
  $("board-error").hidden = true;
  document.body.dataset.drawn = String(Date.now());
}

function legend(names) { return { data: names, top: 4, right: 12, textStyle: { color: "#dce6f5" } }; }
const GRID = { left: 56, right: 20, top: 36, bottom: 28, containLabel: false };

function regionsOption(byRegion) {
  return {
    tooltip: { trigger: "axis" }, legend: legend(["户数", "人数"]), grid: { ...GRID, bottom: 44 },
    xAxis: { type: "category", data: byRegion.map((r) => r.name || r.key), ...AXIS, axisLabel: { color: "#9fb4d4", interval: 0, rotate: 30 } },
    yAxis: { type: "value", ...AXIS },
    series: [
      { name: "户数", type: "bar", data: byRegion.map((r) => r.households), barMaxWidth: 18 },
      { name: "人数", type: "bar", data: byRegion.map((r) => r.persons), barMaxWidth: 18 },
    ],
  };
}

function monthlyOption(monthly) {
  return {
    tooltip: { trigger: "axis" }, legend: legend(["应发金额（元）", "户数"]), grid: { ...GRID, right: 56 },
    xAxis: { type: "category", data: monthly.map((m) => m.month), ...AXIS },
    yAxis: [{ type: "value", ...AXIS }, { type: "value", ...AXIS, splitLine: { show: false } }],
    series: [
      { name: "应发金额（元）", type: "bar", data: monthly.map((m) => number(m.amount)), barMaxWidth: 24 },
      { name: "户数", type: "line", yAxisIndex: 1, data: monthly.map((m) => m.households), smooth: true },
    ],
  };
}

function backlogOption(applications) {
  const by = Object.fromEntries(applications.map((a) => [a.state, a]));
  const steps = OPEN_STEPS.filter(([state]) => by[state]);
  const none = steps.length ? {} : { title: { text: "暂无在办申请", left: "center", top: "middle", textStyle: { color: "#7890b4", fontSize: 16 } } };
  return {
    ...none,
    tooltip: { trigger: "axis" }, legend: legend(["在办", "逾期"]), grid: GRID,
    xAxis: { type: "category", data: steps.map(([, name]) => name), ...AXIS, axisLabel: { color: "#9fb4d4", interval: 0 } },
    yAxis: { type: "value", minInterval: 1, ...AXIS },
    series: [
      { name: "在办", type: "bar", data: steps.map(([state]) => by[state].count), barMaxWidth: 22 },
      { name: "逾期", type: "bar", data: steps.map(([state]) => by[state].overdue), barMaxWidth: 22, itemStyle: { color: "#ff7b72" } },
    ],
  };
}

function findingsOption(tallies) {
  const label = (t) => `${t.title.split(" / ")[0]}（${t.rule}）`;
  return {
    tooltip: { trigger: "item", formatter: "{b}<br/>{c} 条（{d}%）" },
    legend: { type: "scroll", orient: "vertical", right: 8, top: 8, bottom: 8, textStyle: { color: "#dce6f5", width: 230, overflow: "truncate" } },
    series: [{
      name: "核查线索", type: "pie", radius: ["38%", "68%"], center: ["30%", "54%"], label: { color: "#dce6f5", formatter: "{c}" },
      data: tallies.map((t) => ({ name: label(t), value: t.findings, rule: t.rule, open: t.open, overdue: t.overdue })),
    }],
  };
}

document.addEventListener("DOMContentLoaded", () => {
  $("sign-in-form").addEventListener("submit", (event) => { signIn(event).catch((e) => { $("sign-in-error").textContent = `登录失败：${e.message}`; }); });
  $("sign-out").addEventListener("click", signOut);
  $("refresh").addEventListener("click", () => load().catch(failed));
  window.addEventListener("resize", () => Object.values(charts).forEach((chart) => chart.resize()));
  if (token()) load().catch(failed); else show(false);
});

function failed(error) {
  $("board-error").hidden = false;
  $("board-error").textContent = `读取统计数据失败：${error.message}`;
}
