/*
 * The operators' dashboard: every figure comes from the report API (GET /api/v1/reports/{kind}?municipality=&period=),
 * the same reports a municipality downloads, read with the console's session. A kind the hub does not have (404) or
 * an empty report shows as a note in its panel; the rest of the page still renders.
 *
 * The page marks its progress for people and tests: body[data-state] is "loading" or "ready", body[data-loaded] the
 * municipality and month shown ("0917 2026-10"), each panel's data-state "chart" (or "table"), "empty", "missing"
 * (the kind is not on this hub) or "error".
 */
'use strict';

(() => {
  const API = '../api/v1/reports';
  const MONTHS = 6;
  const COLOURS = {
    blue: '#1f5f8b', green: '#2e8b57', red: '#c0392b', orange: '#e67e22', purple: '#7d3c98', grey: '#7f8c8d',
    teal: '#16a085'
  };
  const euro = new Intl.NumberFormat('nl-NL', {style: 'currency', currency: 'EUR'});
  const count = new Intl.NumberFormat('nl-NL');
  const monthName = new Intl.DateTimeFormat('en-GB', {month: 'short', year: 'numeric', timeZone: 'UTC'});

  const regionSelect = document.getElementById('region');
  const municipalitySelect = document.getElementById('municipality');
  const periodInput = document.getElementById('period');
  let groups = [];
  let generation = 0;

  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;

  /** A report kind the hub does not have, or a municipality it does not know. */
  class Unavailable extends Error {
  }

  /** One load's reports: each URL fetched once, however many panels use it. */
  function reader() {
    const seen = new Map();
    return (kind, municipality, period) => {
      const url = `${API}/${encodeURIComponent(kind)}?municipality=${encodeURIComponent(municipality)}`
          + `&period=${encodeURIComponent(period)}&format=json`;
      if (!seen.has(url)) {
        seen.set(url, fetchReport(kind, url));
      }
      return seen.get(url);
    };
  }

  async function fetchReport(kind, url) {
    const response = await fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    if (response.status === 404) {
      throw new Unavailable(`The ${kind} report is not available on this hub.`);
    }
    if (response.status === 401 || response.status === 403) {
      throw new Error('Not allowed: log in again as an operator.');
    }
    if (!response.ok) {
      throw new Error(`The ${kind} report failed (HTTP ${response.status}).`);
    }
    return response.json();
  }

  /** A promise's outcome without throwing: {ok, value} or {ok: false, missing, message}. */
  function settle(promise) {
    return promise.then(value => ({ok: true, value}),
        error => ({ok: false, missing: error instanceof Unavailable, message: error.message}));
  }

  // --- selection ---------------------------------------------------------------------------------------------------

  async function start() {
    periodInput.max = monthOf(new Date());
    periodInput.value = previousMonth(new Date());
    let scope;
    try {
      const response = await fetch(`${API}/regions`, {headers: {Accept: 'application/json'}});
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      scope = await response.json();
    } catch (error) {
      problem(`The municipalities could not be read (${error.message}).`);
      document.body.dataset.state = 'ready';
      return;
    }
    groups = scope.regions.map(region => ({name: region.name, region: true, municipalities: region.municipalities}));
    if (scope.outside.length > 0) {
      groups.push({name: 'Outside any region', region: false, municipalities: scope.outside});
    }
    if (groups.length === 0) {
      problem('No municipality is registered on this hub.');
      document.body.dataset.state = 'ready';
      return;
    }
    groups.forEach((group, index) => regionSelect.add(new Option(group.name, String(index))));
    fillMunicipalities();
    regionSelect.addEventListener('change', () => {
      fillMunicipalities();
      load();
    });
    municipalitySelect.addEventListener('change', load);
    periodInput.addEventListener('change', () => {
      if (/^\d{4}-\d{2}$/.test(periodInput.value)) {
        load();
      }
    });
    load();
  }

  function fillMunicipalities() {
    municipalitySelect.replaceChildren(...group().municipalities
        .map(m => new Option(`${m.name} (${m.code})`, m.code)));
  }

  function group() {
    return groups[Number(regionSelect.value)];
  }

  function problem(text) {
    const element = document.getElementById('problem');
    element.textContent = text;
    element.hidden = false;
  }

  // --- loading -----------------------------------------------------------------------------------------------------

  async function load() {
    const mine = ++generation;
    const municipality = municipalitySelect.value;
    const period = periodInput.value;
    const name = municipalitySelect.selectedOptions[0].text;
    document.body.dataset.state = 'loading';
    delete document.body.dataset.loaded;
    document.querySelectorAll('.panel').forEach(panel => panel.dataset.state = 'loading');
    document.getElementById('download').href = `${API}/all?format=xlsx`
        + `&municipality=${encodeURIComponent(municipality)}&period=${encodeURIComponent(period)}`;

    const read = reader();
    const months = lastMonths(period, MONTHS);
    const [monitoring, rejections, signals, forecast, errors, region] = await Promise.all([
      Promise.all(months.map(month => settle(read('monitoring', municipality, month)))),
      settle(read('rejections', municipality, period)),
      settle(read('signals', municipality, period)),
      settle(read('forecast', municipality, period)),
      settle(read('error-list', municipality, period)),
      Promise.all(group().municipalities.map(async m => ({
        municipality: m,
        monitoring: await settle(read('monitoring', m.code, period)),
        signals: await settle(read('signals', m.code, period))
      })))
    ]);
    if (mine !== generation) {
      return; // a newer selection is loading
    }
    const what = `for ${name} in ${monthName.format(monthDate(period))}`;
    const monthly = combineMonths(monitoring);
    showTiles(monthly, signals, forecast);
    showRegion(region, period);
    showVolumes(monthly, months, what);
    showAmounts(monthly, months, what);
    showProviders(monthly, what);
    showRetourcodes(rejections, what);
    showSignals(signals, what);
    showForecast(forecast, period, name);
    showErrors(errors, what);
    document.body.dataset.loaded = `${municipality} ${period}`;
    document.body.dataset.state = 'ready';
  }

  /** The monitoring of several months as one outcome: missing or failed if any month is, else every month's rows. */
  function combineMonths(results) {
    const failed = results.find(result => !result.ok);
    if (failed) {
      return failed;
    }
    return {ok: true, value: results.map(result => result.value.rows)};
  }

  // --- monitoring arithmetic ---------------------------------------------------------------------------------------

  const TOTAL = 'ALL';

  /**
   * A month's totals over every provider and category: the report's grand total row (provider and category ALL)
   * when it has one, else the sum of its per-category total rows (provider ALL), else the sum of the provider rows.
   */
  function totals(rows) {
    const all = rows.filter(row => row.provider === TOTAL);
    const grand = all.find(row => row.category == null || row.category === '' || row.category === TOTAL);
    if (grand) {
      return grand;
    }
    const parts = all.length > 0 ? all : rows;
    const sum = {};
    for (const column of ['clients_in_care', 'new_assignments', 'starts', 'stops', 'delivered_volume', 'declared',
      'granted', 'rejected']) {
      sum[column] = parts.reduce((total, row) => total + number(row[column]), 0);
    }
    for (const column of ['declared', 'granted', 'rejected']) {
      sum[column] = cents(sum[column]);
    }
    return sum;
  }

  function providerRows(rows) {
    return rows.filter(row => row.provider !== TOTAL);
  }

  function number(value) {
    return value == null ? 0 : Number(value);
  }

  function cents(value) {
    return Math.round(value * 100) / 100;
  }

  // --- panels ------------------------------------------------------------------------------------------------------

  function showTiles(monthly, signals, forecast) {
    const month = monthly.ok ? monthly.value[monthly.value.length - 1] : null;
    const total = month && month.length > 0 ? totals(month) : null;
    tile('tile-clients', total && count.format(number(total.clients_in_care)));
    tile('tile-declared', total && euro.format(number(total.declared)));
    tile('tile-rejected', total && euro.format(number(total.rejected)));
    const rows = signals.ok ? signals.value.rows : null;
    tile('tile-overdue', rows && count.format(rows.filter(row => row.status === 'OVERDUE').length));
    tile('tile-at-risk', rows && count.format(rows.filter(row => row.status === 'AT_RISK').length));
    const domains = forecast.ok && forecast.value.rows.length > 0 ? forecast.value.rows : null;
    tile('tile-balance', domains && euro.format(cents(domains.reduce((sum, row) => sum
        + number(row.expected_balance), 0))));
  }

  function tile(id, text) {
    document.getElementById(id).textContent = text == null ? '–' : text;
  }

  function showRegion(region, period) {
    const current = group();
    document.getElementById('region-name').textContent = current.region ? current.name : current.name.toLowerCase();
    const panel = 'region';
    const answered = region.filter(entry => entry.monitoring.ok);
    if (answered.length === 0) {
      return unavailable(panel, region.map(entry => entry.monitoring));
    }
    if (answered.every(entry => entry.monitoring.value.rows.length === 0)) {
      return empty(panel, `No monitoring for ${current.name} in ${monthName.format(monthDate(period))}.`);
    }
    const labels = answered.map(entry => entry.municipality.name);
    const figures = answered.map(entry => totals(entry.monitoring.value.rows));
    const datasets = [
      bar('Declared (€)', figures.map(f => number(f.declared)), COLOURS.blue),
      bar('Granted (€)', figures.map(f => number(f.granted)), COLOURS.green),
      bar('Rejected (€)', figures.map(f => number(f.rejected)), COLOURS.red)
    ];
    if (answered.every(entry => entry.signals.ok)) {
      datasets.push({
        type: 'line', label: 'Signals overdue', yAxisID: 'count', showLine: false, pointRadius: 6,
        pointStyle: 'rectRot', backgroundColor: COLOURS.orange, borderColor: COLOURS.orange,
        data: answered.map(entry => entry.signals.value.rows.filter(row => row.status === 'OVERDUE').length)
      });
    }
    const skipped = region.length - answered.length;
    draw(panel, 'chart-region', {type: 'bar', data: {labels, datasets}, options: axes('€', 'signals')},
        skipped > 0 ? `${skipped} municipalities without monitoring are left out.` : '');
  }

  function showVolumes(monthly, months, what) {
    const panel = 'volumes';
    if (!monthly.ok) {
      return unavailable(panel, [monthly]);
    }
    if (monthly.value.every(rows => rows.length === 0)) {
      return empty(panel, `No monitoring ${what} or the months before.`);
    }
    const figures = monthly.value.map(rows => totals(rows));
    const series = (column) => figures.map(f => number(f[column]));
    draw(panel, 'chart-volumes', {
      type: 'line',
      data: {
        labels: months,
        datasets: [
          line('Clients in care', series('clients_in_care'), COLOURS.blue),
          line('New assignments', series('new_assignments'), COLOURS.purple),
          line('Starts', series('starts'), COLOURS.green),
          line('Stops', series('stops'), COLOURS.red),
          {...line('Delivered volume', series('delivered_volume'), COLOURS.grey), yAxisID: 'count', borderDash: [6, 4]}
        ]
      },
      options: axes('clients, assignments', 'delivered volume', true)
    });
  }

  function showAmounts(monthly, months, what) {
    const panel = 'amounts';
    if (!monthly.ok) {
      return unavailable(panel, [monthly]);
    }
    if (monthly.value.every(rows => rows.length === 0)) {
      return empty(panel, `No declarations ${what} or the months before.`);
    }
    const figures = monthly.value.map(rows => totals(rows));
    const series = (column) => figures.map(f => number(f[column]));
    draw(panel, 'chart-amounts', {
      type: 'bar',
      data: {
        labels: months,
        datasets: [
          bar('Declared (€)', series('declared'), COLOURS.blue),
          bar('Granted (€)', series('granted'), COLOURS.green),
          bar('Rejected (€)', series('rejected'), COLOURS.red)
        ]
      },
      options: axes('€', null, true)
    });
  }

  function showProviders(monthly, what) {
    const panel = 'providers';
    if (!monthly.ok) {
      return unavailable(panel, [monthly]);
    }
    const rows = providerRows(monthly.value[monthly.value.length - 1]);
    if (rows.length === 0) {
      return empty(panel, `No provider activity ${what}.`);
    }
    draw(panel, 'chart-providers', {
      type: 'bar',
      data: {
        labels: rows.map(row => `${row.provider_name || row.provider} · ${row.category}`),
        datasets: [
          bar('Rejection rate (%)', rows.map(row => row.rejection_rate), COLOURS.red),
          bar('Answers on time (%)', rows.map(row => row.answers_on_time), COLOURS.green)
        ]
      },
      options: {indexAxis: 'y', scales: {x: {min: 0, max: 100, title: {display: true, text: '%'}}}}
    });
  }

  function showRetourcodes(rejections, what) {
    const panel = 'retourcodes';
    if (!rejections.ok) {
      return unavailable(panel, [rejections]);
    }
    const rows = rejections.value.rows;
    if (rows.length === 0) {
      return empty(panel, `No rejections ${what}.`);
    }
    draw(panel, 'chart-retourcodes', {
      type: 'bar',
      data: {
        labels: rows.map(row => row.retourcode),
        datasets: [
          bar('Share (%)', rows.map(row => row.share), COLOURS.red),
          {...bar('Lines', rows.map(row => row.lines), COLOURS.grey), yAxisID: 'count'}
        ]
      },
      options: axes('%', 'lines')
    });
  }

  const STATUSES = [['OVERDUE', 'Overdue', COLOURS.red], ['AT_RISK', 'At risk', COLOURS.orange]];

  function showSignals(signals, what) {
    const panel = 'signals';
    if (!signals.ok) {
      return unavailable(panel, [signals]);
    }
    const rows = signals.value.rows;
    if (rows.length === 0) {
      return empty(panel, `No signals ${what}.`);
    }
    const kinds = [...new Set(rows.map(row => row.signal))];
    draw(panel, 'chart-signals', {
      type: 'bar',
      data: {
        labels: kinds,
        datasets: STATUSES.map(([status, label, colour]) => bar(label, kinds.map(kind => rows
            .filter(row => row.signal === kind && row.status === status).length), colour))
      },
      options: {indexAxis: 'y', scales: {x: {stacked: true, ticks: {precision: 0}}, y: {stacked: true}}}
    });
    const order = (row) => STATUSES.findIndex(([status]) => status === row.status);
    const first = [...rows].sort((a, b) => order(a) - order(b) || String(a.due).localeCompare(String(b.due)))
        .slice(0, 8);
    table('table-signals', first, [
      {title: 'Due', value: row => row.due, kind: 'nowrap'},
      {title: 'Status', value: row => STATUSES[order(row)]?.[1] ?? row.status, cell: row => `nowrap ${row.status}`},
      {title: 'Signal', value: row => row.signal},
      {title: 'Provider', value: row => row.provider_name || row.provider},
      {
        title: 'Message', kind: 'nowrap',
        value: row => [row.message_type, row.identificatie].filter(Boolean).join(' ')
      },
      {title: 'Days over', value: row => row.days_over, kind: 'number'}
    ], rows.length > first.length ? `${rows.length - first.length} more in the signals report (XLSX).` : '');
  }

  function showForecast(forecast, period, name) {
    const panel = 'forecast';
    if (!forecast.ok) {
      return unavailable(panel, [forecast]);
    }
    const rows = forecast.value.rows;
    if (rows.length === 0) {
      return empty(panel, `No forecast for ${name} in ${period.substring(0, 4)}.`);
    }
    draw(panel, 'chart-forecast', {
      type: 'bar',
      data: {
        labels: rows.map(row => row.domain),
        datasets: [
          {...bar('Granted so far (€)', rows.map(row => row.granted_so_far), COLOURS.green), stack: 'costs'},
          {...bar('Projected, running assignments (€)', rows.map(row => row.projected_running), COLOURS.teal),
            stack: 'costs'},
          {...bar('Advances paid (€)', rows.map(row => row.advances_paid), COLOURS.blue), stack: 'advances'}
        ]
      },
      options: {scales: {y: {stacked: true, title: {display: true, text: '€'}}, x: {stacked: true}}}
    }, missingTariffs(rows));
    table('table-forecast', rows, [
      {title: 'Domain', value: row => row.domain},
      {title: 'Expected year total', value: row => money(row.expected_year_total), kind: 'number'},
      {title: 'Advances paid', value: row => money(row.advances_paid), kind: 'number'},
      {title: 'Expected balance', value: row => money(row.expected_balance), kind: 'number'}
    ]);
  }

  function missingTariffs(rows) {
    return rows.filter(row => row.tariff_missing != null && row.tariff_missing !== 0 && row.tariff_missing !== ''
        && row.tariff_missing !== false)
        .map(row => `${row.domain}: no contract tariff for ${row.tariff_missing === true ? 'some' : row.tariff_missing}`
            + ' running assignments (not in the projection).').join(' ');
  }

  function showErrors(errors, what) {
    const panel = 'errors';
    if (!errors.ok) {
      return unavailable(panel, [errors]);
    }
    const rows = errors.value.rows;
    if (rows.length === 0) {
      return empty(panel, `No errors ${what}.`);
    }
    const latest = [...rows].sort((a, b) => String(b.date).localeCompare(String(a.date))).slice(0, 10);
    section(panel).dataset.state = 'table';
    note(panel, '');
    table('table-errors', latest, [
      {title: 'Date', value: row => row.date, kind: 'nowrap'},
      {title: 'Provider', value: row => row.provider_name || row.provider},
      {title: 'Message', value: row => row.message_type},
      {title: 'Identificatie', value: row => row.identificatie},
      {title: 'Retourcode', value: row => row.retourcode},
      {title: 'Meaning', value: row => row.meaning, kind: 'wrap'},
      {title: 'Hint', value: row => row.hint, kind: 'wrap'}
    ], rows.length > latest.length ? `${rows.length - latest.length} more in the error list (XLSX).` : '');
  }

  // --- drawing -----------------------------------------------------------------------------------------------------

  function draw(panel, canvasId, config, text = '') {
    const canvas = document.getElementById(canvasId);
    Chart.getChart(canvas)?.destroy();
    section(panel).dataset.state = 'chart';
    note(panel, text);
    new Chart(canvas, config);
  }

  function empty(panel, text) {
    clear(panel);
    section(panel).dataset.state = 'empty';
    note(panel, text);
  }

  function unavailable(panel, results) {
    const failed = results.find(result => !result.ok) ?? {missing: true, message: 'No data.'};
    clear(panel);
    section(panel).dataset.state = failed.missing ? 'missing' : 'error';
    note(panel, failed.message);
  }

  /** Removes what an earlier selection drew in the panel. */
  function clear(panel) {
    section(panel).querySelectorAll('canvas').forEach(canvas => Chart.getChart(canvas)?.destroy());
    section(panel).querySelectorAll('.table').forEach(table => table.replaceChildren());
  }

  function section(panel) {
    return document.querySelector(`[data-panel="${panel}"]`);
  }

  function note(panel, text) {
    section(panel).querySelector('.note').textContent = text;
  }

  function bar(label, data, colour) {
    return {label, data, backgroundColor: colour, borderColor: colour};
  }

  function line(label, data, colour) {
    return {label, data, borderColor: colour, backgroundColor: colour, tension: 0.2};
  }

  /** A value axis (left) and, when named, a second one on the right with the id "count". */
  function axes(left, right, months = false) {
    const scales = {y: {beginAtZero: true, title: {display: true, text: left}}};
    if (right) {
      scales.count = {
        position: 'right', beginAtZero: true, grid: {drawOnChartArea: false}, ticks: {precision: 0},
        title: {display: true, text: right}
      };
    }
    if (months) {
      scales.x = {ticks: {callback(value) {
        return monthName.format(monthDate(this.getLabelForValue(value)));
      }}};
    }
    return {scales};
  }

  /**
   * A table of rows; each column has a title, a value of the row, and optionally a class for all its cells (kind:
   * "number", "wrap") or one per row (cell, e.g. the signal's status for its colour).
   */
  function table(id, rows, columns, footnote = '') {
    const head = `<tr>${columns.map(c => `<th class="${c.kind ?? ''}">${escape(c.title)}</th>`).join('')}</tr>`;
    const body = rows.map(row => `<tr>${columns.map(c => `<td class="${escape(c.cell ? c.cell(row) : c.kind ?? '')}">`
        + `${escape(c.value(row) ?? '')}</td>`).join('')}</tr>`).join('');
    const more = footnote ? `<p class="note">${escape(footnote)}</p>` : '';
    document.getElementById(id).innerHTML = `<table><thead>${head}</thead><tbody>${body}</tbody></table>${more}`;
  }

  function escape(value) {
    return String(value).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
  }

  function money(value) {
    return value == null ? '' : euro.format(Number(value));
  }

  // --- months ------------------------------------------------------------------------------------------------------

  function monthOf(date) {
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  }

  function previousMonth(date) {
    return monthOf(new Date(date.getFullYear(), date.getMonth() - 1, 1));
  }

  function monthDate(period) {
    const [year, month] = period.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, 1));
  }

  /** The n months ending with period, oldest first: "2026-05" ... "2026-10". */
  function lastMonths(period, n) {
    const [year, month] = period.split('-').map(Number);
    return Array.from({length: n}, (_, i) => {
      const date = new Date(Date.UTC(year, month - n + i, 1));
      return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    });
  }

  start();
})();
