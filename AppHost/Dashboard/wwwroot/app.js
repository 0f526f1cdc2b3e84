// The AppHost dashboard: plain JavaScript, no framework, no download at run time.
'use strict';

const page = document.getElementById('page');
let timer = null;
let stream = null;

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const time = (t) => t ? new Date(t).toLocaleTimeString() : '';
const ms = (d) => d < 1 ? `${(d * 1000).toFixed(0)} µs` : d < 1000 ? `${d.toFixed(1)} ms` : `${(d / 1000).toFixed(2)} s`;
const api = async (path, options) => {
  const response = await fetch(`/api${path}`, options);
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
};
const params = (o) => new URLSearchParams(Object.entries(o).filter(([, v]) => v !== '' && v != null)).toString();

function stopLive() {
  clearInterval(timer); timer = null;
  if (stream) { stream.close(); stream = null; }
}

function every(ms_, fn) { fn(); timer = setInterval(fn, ms_); }

async function resourcesPage() {
  page.innerHTML = '<h2>Resources</h2><table id="resources"><thead><tr><th>Name</th><th>Type</th><th>State</th><th>Started</th><th>PID</th><th>Endpoints</th><th>Restarts</th><th></th></tr></thead><tbody></tbody></table>';
  const body = page.querySelector('tbody');
  every(2000, async () => {
    const resources = await api('/resources');
    body.innerHTML = resources.map((r) => `
      <tr class="${r.parent ? 'child' : ''}" data-resource="${esc(r.name)}">
        <td><a href="#/console/${encodeURIComponent(r.name)}">${esc(r.name)}</a></td>
        <td>${esc(r.type)}</td>
        <td class="state state-${esc(r.state)}">${esc(r.state)}</td>
        <td>${time(r.startedAt)}</td>
        <td>${r.processId ?? ''}</td>
        <td>${r.endpoints.map((e) => e.isLink ? `<a href="${esc(e.url)}" target="_blank" rel="noopener">${esc(e.name)}: ${esc(e.url)}</a>` : `${esc(e.name)}: ${esc(e.url)}`).join('<br>')}</td>
        <td>${r.restarts}</td>
        <td>${['stop', 'start', 'restart'].map((a) => `<button data-action="${a}" data-name="${esc(r.name)}">${a}</button>`).join(' ')}</td>
      </tr>`).join('');
  });
  body.addEventListener('click', async (e) => {
    const button = e.target.closest('button[data-action]');
    if (!button) return;
    button.disabled = true;
    try { await api(`/resources/${encodeURIComponent(button.dataset.name)}/${button.dataset.action}`, { method: 'POST', headers: { 'X-Dashboard': '1' } }); }
    catch (err) { alert(err.message); }
  });
}

async function consolePage(name) {
  const resources = await api('/resources');
  name = name || resources[0]?.name;
  page.innerHTML = `<h2>Console</h2>
    <div class="toolbar">
      <select id="resource">${resources.map((r) => `<option ${r.name === name ? 'selected' : ''}>${esc(r.name)}</option>`).join('')}</select>
      <input id="filter" placeholder="Search the output" size="30">
      <span class="muted" id="count"></span>
    </div>
    <div class="console" id="output"></div>`;
  const output = page.querySelector('#output');
  const filter = page.querySelector('#filter');
  const lines = [];
  const render = () => {
    const text = filter.value.toLowerCase();
    const shown = text ? lines.filter((l) => l.text.toLowerCase().includes(text)) : lines;
    output.innerHTML = shown.map((l) => `<div class="${l.isError ? 'err' : ''}">${esc(l.text)}</div>`).join('');
    page.querySelector('#count').textContent = `${shown.length} of ${lines.length} lines`;
    output.scrollTop = output.scrollHeight;
  };
  page.querySelector('#resource').addEventListener('change', (e) => { location.hash = `#/console/${encodeURIComponent(e.target.value)}`; });
  filter.addEventListener('input', render);
  stream = new EventSource(`/api/resources/${encodeURIComponent(name)}/console/stream`);
  let pending = null;
  stream.onmessage = (e) => {
    lines.push(JSON.parse(e.data));
    if (lines.length > 5000) lines.shift();
    pending = pending || setTimeout(() => { pending = null; render(); }, 100);
  };
}

async function logsPage() {
  const resources = await api('/telemetry/resources');
  const query = new URLSearchParams(location.hash.split('?')[1] || '');
  page.innerHTML = `<h2>Structured logs</h2>
    <div class="toolbar">
      <select id="resource"><option value="">All resources</option>${resources.map((r) => `<option>${esc(r)}</option>`).join('')}</select>
      <select id="level"><option value="">Any level</option>${['Debug', 'Information', 'Warning', 'Error', 'Critical'].map((l) => `<option>${l}</option>`).join('')}</select>
      <input id="text" placeholder="Message or attribute" size="30">
      <input id="trace" placeholder="Trace id" size="34" value="${esc(query.get('traceId') || '')}">
    </div>
    <table id="logs"><thead><tr><th>Time</th><th>Resource</th><th>Level</th><th>Message</th><th>Trace</th></tr></thead><tbody></tbody></table>`;
  const body = page.querySelector('tbody');
  const value = (id) => page.querySelector(id).value;
  const load = async () => {
    const logs = await api(`/logs?${params({ resource: value('#resource'), level: value('#level'), q: value('#text'), traceId: value('#trace'), limit: 300 })}`);
    body.innerHTML = logs.reverse().map((l) => `
      <tr>
        <td>${time(l.timestamp)}</td><td>${esc(l.resource)}</td><td class="level-${esc(l.level)}">${esc(l.level)}</td>
        <td><details><summary>${esc(l.message)}</summary><div class="attrs">${esc(l.scope)}<br>${l.attributes.map((a) => `${esc(a.key)} = ${esc(a.value)}`).join('<br>')}</div></details></td>
        <td>${l.traceId ? `<a href="#/traces/${l.traceId}">${l.traceId.slice(0, 8)}</a>` : ''}</td>
      </tr>`).join('');
  };
  page.querySelectorAll('select, input').forEach((el) => el.addEventListener('change', load));
  every(3000, load);
}

async function tracesPage() {
  const resources = await api('/telemetry/resources');
  page.innerHTML = `<h2>Traces</h2>
    <div class="toolbar">
      <select id="resource"><option value="">All resources</option>${resources.map((r) => `<option>${esc(r)}</option>`).join('')}</select>
      <input id="text" placeholder="Name or trace id" size="30">
    </div>
    <table id="traces"><thead><tr><th>Start</th><th>Name</th><th>Resources</th><th>Spans</th><th>Duration</th><th>Errors</th></tr></thead><tbody></tbody></table>`;
  const body = page.querySelector('tbody');
  const load = async () => {
    const traces = await api(`/traces?${params({ resource: page.querySelector('#resource').value, q: page.querySelector('#text').value })}`);
    body.innerHTML = traces.map((t) => `
      <tr data-trace="${t.traceId}" data-resources="${t.resources.length}">
        <td>${time(t.start)}</td>
        <td><a href="#/traces/${t.traceId}">${esc(t.rootResource)}: ${esc(t.name)}</a></td>
        <td>${t.resources.map(esc).join(', ')}</td><td>${t.spanCount}</td><td>${ms(t.durationMs)}</td>
        <td class="${t.errorCount ? 'error' : ''}">${t.errorCount || ''}</td>
      </tr>`).join('');
  };
  page.querySelectorAll('select, input').forEach((el) => el.addEventListener('change', load));
  every(3000, load);
}

async function tracePage(traceId) {
  const spans = await api(`/traces/${encodeURIComponent(traceId)}`);
  const start = Math.min(...spans.map((s) => Date.parse(s.start)));
  const end = Math.max(...spans.map((s) => Date.parse(s.start) + s.durationMs));
  const total = Math.max(end - start, 0.001);
  const children = new Map();
  const ids = new Set(spans.map((s) => s.spanId));
  spans.forEach((s) => {
    const parent = s.parentSpanId && ids.has(s.parentSpanId) ? s.parentSpanId : '';
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(s);
  });
  const rows = [];
  const walk = (parent, depth) => (children.get(parent) || []).forEach((s) => { rows.push([s, depth]); walk(s.spanId, depth + 1); });
  walk('', 0);
  const resources = [...new Set(spans.map((s) => s.resource))];
  page.innerHTML = `<h2>Trace <code>${esc(traceId)}</code></h2>
    <p class="muted">${spans.length} spans across ${resources.map(esc).join(', ')} · ${ms(total)} · <a href="#/logs?traceId=${encodeURIComponent(traceId)}">its logs</a></p>
    <table class="waterfall" id="waterfall"><thead><tr><th>Span</th><th>Resource</th><th>Duration</th><th class="bar-cell">Timeline</th></tr></thead><tbody>
    ${rows.map(([s, depth]) => {
      const left = ((Date.parse(s.start) - start) / total) * 100;
      const width = Math.max((s.durationMs / total) * 100, 0.2);
      return `<tr data-span="${s.spanId}">
        <td class="span-name" style="padding-left:${10 + depth * 16}px"><details><summary class="${s.isError ? 'error' : ''}">${esc(s.kind)} · ${esc(s.name)}</summary>
          <div class="attrs">${esc(s.scope)}${s.statusMessage ? `<br>status: ${esc(s.statusMessage)}` : ''}<br>${s.attributes.map((a) => `${esc(a.key)} = ${esc(a.value)}`).join('<br>')}
          ${s.events.map((e) => `<br>event ${esc(e.name)} ${e.attributes.map((a) => `${esc(a.key)}=${esc(a.value)}`).join(' ')}`).join('')}</div></details></td>
        <td>${esc(s.resource)}</td><td>${ms(s.durationMs)}</td>
        <td class="bar-cell"><div class="bar"><span class="${s.isError ? 'is-error' : ''}" style="left:${left}%;width:${width}%"></span></div></td>
      </tr>`;
    }).join('')}</tbody></table>`;
}

async function metricsPage() {
  const resources = await api('/telemetry/resources');
  page.innerHTML = `<h2>Metrics</h2>
    <div class="toolbar"><select id="resource">${resources.map((r) => `<option>${esc(r)}</option>`).join('')}</select></div>
    <table id="metrics"><thead><tr><th>Instrument</th><th>Attributes</th><th>Kind</th><th>Latest</th><th>Unit</th></tr></thead><tbody></tbody></table>`;
  const body = page.querySelector('tbody');
  const load = async () => {
    const series = await api(`/metrics?${params({ resource: page.querySelector('#resource').value })}`);
    body.innerHTML = series.map((m) => {
      const last = m.points[m.points.length - 1];
      const latest = !last ? '' : m.kind === 'histogram' ? `${last.count} × avg ${(last.value / Math.max(last.count, 1)).toFixed(3)}` : last.value;
      return `<tr><td title="${esc(m.description)}">${esc(m.name)}</td><td class="attrs">${esc(m.attributes)}</td><td>${esc(m.kind)}</td><td>${esc(latest)}</td><td>${esc(m.unit)}</td></tr>`;
    }).join('');
  };
  page.querySelector('#resource').addEventListener('change', load);
  every(5000, load);
}

async function route() {
  stopLive();
  const [path] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, arg] = path.split('/');
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.page === (name || 'resources')));
  try {
    switch (name) {
      case 'console': await consolePage(arg && decodeURIComponent(arg)); break;
      case 'logs': await logsPage(); break;
      case 'traces': arg ? await tracePage(arg) : await tracesPage(); break;
      case 'metrics': await metricsPage(); break;
      default: await resourcesPage();
    }
  } catch (err) {
    page.innerHTML = `<p class="error">${esc(err.message)}</p>`;
  }
}

window.addEventListener('hashchange', route);
route();
