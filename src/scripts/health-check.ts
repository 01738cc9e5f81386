/**
 * The partnership health check's script (/health-check/): keeps the answers in this browser's storage as they
 * are typed, restores them on load, exports them as Markdown or JSON, imports a JSON export, clears them, charts
 * them beside a table of the same figures (and downloads the chart as SVG or PNG), compares them with a partner's
 * export, and shows the answers that need work with the pages that help. The page itself is a worksheet without it.
 *
 * The check's items and the pages that help are read from the page, which the build wrote from the collections;
 * everything else is in src/lib/tools/health-check.ts and, for the chart, src/lib/tools/health-check-chart.ts.
 */
import {
  answeredCount,
  compareAnswers,
  sectionTallies,
  TALLIES,
  answersFromJson,
  answersToJson,
  answersToMarkdown,
  EMPTY_ANSWERS,
  exportFileName,
  isEmpty,
  LIMITS,
  needsWork,
  ratingLabel,
  setAnswer,
  workOn,
  type HealthCheckAnswers,
  type HealthCheckSection,
  type HelpLink,
  type Rating,
  type Tally,
} from '../lib/tools/health-check';
import {
  chartDescription,
  chartHeading,
  chartScene,
  drawScene,
  sceneSvg,
  type ChartSeries,
} from '../lib/tools/health-check-chart';
import { formatDay } from '../lib/core/dates';
import { site } from '../site.config';

/** The browser storage key; the value is the same JSON an export writes. */
const STORAGE_KEY = 'equitable-collaboration-health-check';

const form = document.querySelector<HTMLFormElement>('[data-hc-form]')!;
const tools = document.querySelector<HTMLElement>('[data-hc-tools]')!;
const progress = tools.querySelector<HTMLElement>('[data-hc-progress]')!;
const message = tools.querySelector<HTMLElement>('[data-hc-message]')!;
const importInput = tools.querySelector<HTMLInputElement>('[data-hc-import]')!;
const result = document.querySelector<HTMLElement>('[data-hc-result]')!;
const glance = document.querySelector<HTMLElement>('[data-hc-glance]')!;
const chart = glance.querySelector<HTMLElement>('[data-hc-chart]')!;
const compare = document.querySelector<HTMLElement>('[data-hc-compare]')!;
const compareInput = compare.querySelector<HTMLInputElement>('[data-hc-compare-import]')!;
const compareMessage = compare.querySelector<HTMLElement>('[data-hc-compare-message]')!;
const compareResult = compare.querySelector<HTMLElement>('[data-hc-compare-result]')!;
const compareChart = compare.querySelector<HTMLElement>('[data-hc-compare-chart]')!;

/** A downloaded chart's colours and font: fixed, since a file cannot follow the page's light or dark theme. */
const FILE_INK = '#1d1f1c';
const FILE_BACKGROUND = '#ffffff';
const FILE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
/** A downloaded chart's width in CSS pixels: a report's column or half a slide; the PNG has twice the pixels. */
const FILE_WIDTH = 720;

const linksIn = (scope: Element | null | undefined, kind: string): HelpLink[] =>
  [...(scope?.querySelectorAll<HTMLAnchorElement>(`:scope > [data-hc-helps="${kind}"] a`) ?? [])].map((a) => ({
    title: a.textContent?.trim() ?? '',
    url: a.href,
  }));

/** The check as the page shows it: sections, items, and the pages that help each item. */
function readSections(): HealthCheckSection[] {
  return [...form.querySelectorAll<HTMLElement>('[data-hc-section]')].map((sectionNode) => {
    const id = sectionNode.dataset['hcSection']!;
    const resultSection = result.querySelector(`[data-hc-result-section="${id}"]`);
    return {
      id,
      title: sectionNode.querySelector('h2')?.textContent?.trim() ?? '',
      intro: sectionNode.querySelector('[data-hc-intro]')?.textContent?.trim() ?? '',
      items: [...sectionNode.querySelectorAll<HTMLElement>('[data-hc-item]')].map((itemNode) => {
        const itemId = itemNode.dataset['hcItem']!;
        const resultItem = resultSection?.querySelector(`[data-hc-result-item="${itemId}"]`);
        const pick = (kind: string) => {
          const own = linksIn(resultItem, kind);
          return own.length > 0 ? own : linksIn(resultSection, kind);
        };
        return {
          id: itemId,
          text: itemNode.querySelector('legend')?.textContent?.trim() ?? '',
          practices: pick('practices'),
          caseStudies: pick('case-studies'),
        };
      }),
    };
  });
}

const sections = readSections();
const items = sections.flatMap((section) => section.items);
let answers: HealthCheckAnswers = EMPTY_ANSWERS;
/** A partner's answers, imported to compare: shown only, never kept. */
let partner: { answers: HealthCheckAnswers; label: string } | undefined;

/** The storage, or undefined where the browser refuses it (some private modes, or storage switched off). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function save() {
  try {
    const store = storage();
    if (!store) throw new Error('no storage');
    if (isEmpty(answers)) store.removeItem(STORAGE_KEY);
    else store.setItem(STORAGE_KEY, answersToJson(sections, answers, new Date()));
  } catch {
    message.textContent = 'This browser does not let the page keep your answers. Export them before you leave the page.';
  }
}

function load(): HealthCheckAnswers {
  const text = storage()?.getItem(STORAGE_KEY);
  if (!text) return EMPTY_ANSWERS;
  const read = answersFromJson(text, sections);
  return read.ok ? read.answers : EMPTY_ANSWERS;
}

function field(name: string): HTMLInputElement | HTMLTextAreaElement | null {
  return form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]:not([type="radio"])`);
}

/** Shows the answers in the form. */
function writeForm() {
  field('partnership')!.value = answers.partnership;
  field('answeredBy')!.value = answers.answeredBy;
  for (const item of items) {
    const answer = answers.answers[item.id];
    for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="rating-${item.id}"]`))
      radio.checked = radio.value === answer?.rating;
    field(`notes-${item.id}`)!.value = answer?.notes ?? '';
  }
}

/** Reads one item's answer from the form. */
function readItem(id: string) {
  const checked = form.querySelector<HTMLInputElement>(`input[name="rating-${id}"]:checked`);
  return {
    rating: (checked?.value as Rating | undefined) ?? undefined,
    notes: field(`notes-${id}`)!.value.slice(0, LIMITS.notes),
  };
}

/** Shows progress and the answers that need work, with the pages that help. */
function showResult() {
  const answered = answeredCount(sections, answers);
  progress.textContent = `${answered} of ${items.length} items answered.`;
  const groups = workOn(sections, answers);
  result.hidden = answered === 0;
  const weak = groups.reduce((n, g) => n + g.items.length, 0);
  result.querySelector('[data-hc-result-summary]')!.textContent =
    weak === 0
      ? 'No item is answered Not yet, Partly or Not sure so far.'
      : `${weak} item${weak === 1 ? ' is' : 's are'} answered Not yet, Partly or Not sure. Under each are the practices and case studies that help.`;
  for (const sectionNode of result.querySelectorAll<HTMLElement>('[data-hc-result-section]')) {
    const group = groups.find((g) => g.section.id === sectionNode.dataset['hcResultSection']);
    sectionNode.hidden = !group;
    for (const itemNode of sectionNode.querySelectorAll<HTMLElement>('[data-hc-result-item]')) {
      const answer = answers.answers[itemNode.dataset['hcResultItem']!];
      itemNode.hidden = !needsWork(answer?.rating);
      itemNode.querySelector('[data-hc-result-rating]')!.textContent = `(${ratingLabel(answer?.rating)})`;
      const notes = itemNode.querySelector<HTMLElement>('[data-hc-result-notes]')!;
      notes.hidden = !answer?.notes.trim();
      notes.textContent = answer?.notes.trim() ? `Your notes: ${answer.notes.trim()}` : '';
    }
  }
}

/** Whose answers the page holds, as the charts and tables name them. */
function ownLabel(): string {
  return answers.answeredBy.trim() || 'Answers on this page';
}

/** Draws a chart in its place, laid out for the width it has there, so its text stays readable on a phone. */
function drawChart(host: HTMLElement, series: ChartSeries[], title: string) {
  const width = Math.max(240, Math.floor(host.clientWidth));
  host.dataset['width'] = String(width);
  host.innerHTML = sceneSvg(chartScene(series, { width, ink: 'currentColor' }), { title, description: chartDescription(series) });
}

/** A table row of text cells, the first `headers` of them row headers. */
function tableRow(cells: string[], headers = 1): HTMLTableRowElement {
  const row = document.createElement('tr');
  cells.forEach((text, index) => {
    const cell = document.createElement(index < headers ? 'th' : 'td');
    if (index < headers) cell.setAttribute('scope', 'row');
    cell.textContent = text;
    row.append(cell);
  });
  return row;
}

/** The answers' figures by section, in the table and the chart beside it. */
function showGlance() {
  const tallies = sectionTallies(sections, answers);
  for (const tally of tallies) {
    for (const cell of glance.querySelectorAll<HTMLElement>(`[data-hc-tally-row="${tally.id}"] [data-hc-tally]`))
      cell.textContent = String(tally.counts[cell.dataset['hcTally'] as Tally]);
  }
  glance.hidden = answeredCount(sections, answers) === 0;
  if (!glance.hidden) drawChart(chart, [{ label: ownLabel(), tallies }], 'Answers by section');
}

/** Both sets of answers side by side: a chart and a table of each set's figures, then the items where they differ. */
function showComparison() {
  compareResult.hidden = !partner;
  if (!partner) return;
  const series = [
    { label: ownLabel(), tallies: sectionTallies(sections, answers) },
    {
      label: partner.label === ownLabel() ? `${partner.label} (imported)` : partner.label,
      tallies: sectionTallies(sections, partner.answers),
    },
  ];
  drawChart(compareChart, series, 'Both sets of answers by section');
  compare.querySelector('[data-hc-compare-tally-table] tbody')!.replaceChildren(
    ...sections.flatMap((section, index) =>
      series.map((one) => {
        const tally = one.tallies[index]!;
        return tableRow([section.title, one.label, ...TALLIES.map((t) => String(tally.counts[t.value])), String(tally.total)], 2);
      }),
    ),
  );
  compare.querySelector('[data-hc-first-label]')!.textContent = series[0]!.label;
  compare.querySelector('[data-hc-second-label]')!.textContent = series[1]!.label;
  const compared = compareAnswers(sections, answers, partner.answers);
  const differ = compared.filter((c) => c.difference);
  compare.querySelector('[data-hc-compare-summary]')!.textContent =
    differ.length === 0
      ? `The two sets of answers agree on all ${compared.length} items.`
      : `The answers differ on ${differ.length} of ${compared.length} items, listed below in the check’s order; they agree on the other ${compared.length - differ.length}. Where partners differ is where to talk first.`;
  const differences = compare.querySelector<HTMLElement>('[data-hc-difference-table]')!;
  differences.closest<HTMLElement>('.table-wrap')!.hidden = differ.length === 0;
  differences
    .querySelector('tbody')!
    .replaceChildren(
      ...differ.map((c) => tableRow([c.section.title, c.item.text, ratingLabel(c.first), ratingLabel(c.second), c.difference!])),
    );
}

function changed() {
  save();
  showResult();
  showGlance();
  showComparison();
}

// A chart is laid out for its width: lay it out again when the width changes (a phone turned, a window resized).
const resized = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const host = entry.target as HTMLElement;
    if (host.dataset['width'] && String(Math.max(240, Math.floor(host.clientWidth))) !== host.dataset['width']) {
      if (host === chart) showGlance();
      else showComparison();
    }
  }
});
resized.observe(chart);
resized.observe(compareChart);

form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement | HTMLTextAreaElement;
  if (target.name === 'partnership' || target.name === 'answeredBy') {
    answers = { ...answers, [target.name]: target.value.slice(0, LIMITS.name) };
  } else {
    const id = target.name.replace(/^(rating|notes)-/, '');
    if (!items.some((item) => item.id === id)) return;
    answers = setAnswer(answers, id, readItem(id));
  }
  changed();
});

/** Offers a file to download, made in the browser: nothing is uploaded anywhere. */
function download(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

for (const button of tools.querySelectorAll<HTMLButtonElement>('[data-hc-export]')) {
  button.addEventListener('click', () => {
    const now = new Date();
    if (button.dataset['hcExport'] === 'md') {
      // This page's own address on the published site.
      const checkUrl = new URL(location.pathname, site.url).href;
      download(
        new Blob([answersToMarkdown(sections, answers, { date: now, checkUrl, siteTitle: site.title })], {
          type: 'text/markdown',
        }),
        exportFileName(answers, now, 'md'),
      );
      message.textContent = 'Your answers are downloaded as a Markdown file.';
    } else {
      download(
        new Blob([answersToJson(sections, answers, now)], { type: 'application/json' }),
        exportFileName(answers, now, 'json'),
      );
      message.textContent = 'Your answers are downloaded as a JSON file, which this page can import again.';
    }
  });
}

importInput.addEventListener('change', async () => {
  const file = importInput.files?.[0];
  importInput.value = '';
  if (!file) return;
  if (file.size > LIMITS.file) {
    message.textContent = 'This file cannot be imported: it is larger than an export of the health check can be.';
    return;
  }
  const read = answersFromJson(await file.text(), sections);
  if (!read.ok) {
    message.textContent = read.message;
    return;
  }
  answers = read.answers;
  writeForm();
  changed();
  const n = Object.keys(answers.answers).length;
  message.textContent =
    `Imported ${n} answer${n === 1 ? '' : 's'} from ${file.name}, replacing the answers that were here.` +
    (read.skipped > 0
      ? ` ${read.skipped} answer${read.skipped === 1 ? ' was' : 's were'} to items this check no longer asks, and ${read.skipped === 1 ? 'was' : 'were'} left out.`
      : '');
});

for (const button of glance.querySelectorAll<HTMLButtonElement>('[data-hc-picture]')) {
  button.addEventListener('click', () => {
    const now = new Date();
    const series = [{ label: ownLabel(), tallies: sectionTallies(sections, answers) }];
    const heading = chartHeading({
      partnership: answers.partnership,
      answeredBy: [answers.answeredBy],
      answered: answeredCount(sections, answers),
      items: items.length,
      day: formatDay(now),
    });
    const scene = chartScene(series, { width: FILE_WIDTH, ink: FILE_INK, heading });
    if (button.dataset['hcPicture'] === 'svg') {
      const about = {
        title: heading[0]!,
        description: chartDescription(series),
        background: FILE_BACKGROUND,
        font: FILE_FONT,
        sized: true,
      };
      download(
        new Blob([sceneSvg(scene, about)], { type: 'image/svg+xml' }),
        exportFileName(answers, now, 'svg', 'health-check-chart'),
      );
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.width = scene.width * 2;
    canvas.height = scene.height * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    drawScene(context, scene, FILE_BACKGROUND, FILE_FONT);
    canvas.toBlob((png) => {
      if (png) download(png, exportFileName(answers, now, 'png', 'health-check-chart'));
    }, 'image/png');
  });
}

compareInput.addEventListener('change', async () => {
  const file = compareInput.files?.[0];
  compareInput.value = '';
  if (!file) return;
  const read =
    file.size > LIMITS.file
      ? { ok: false as const, message: 'This file cannot be compared: it is larger than an export of the health check can be.' }
      : answersFromJson(await file.text(), sections);
  if (!read.ok) {
    compareMessage.textContent = read.message.replace('cannot be imported', 'cannot be compared');
    return;
  }
  partner = { answers: read.answers, label: read.answers.answeredBy.trim() || file.name };
  showComparison();
  compareMessage.textContent = `Comparing with ${partner.label}’s answers from ${file.name}. The answers on this page are unchanged.`;
});

tools.querySelector('[data-hc-clear]')!.addEventListener('click', () => {
  if (!window.confirm('Clear all answers from this browser? Export them first if you want to keep them.')) return;
  answers = EMPTY_ANSWERS;
  writeForm();
  changed();
  message.textContent = 'All answers are cleared from this browser.';
});

// A table wider than a phone scrolls sideways in its box; the box takes focus so a keyboard can scroll it.
for (const box of document.querySelectorAll<HTMLElement>('[data-hc-scroll]')) box.tabIndex = 0;

answers = load();
writeForm();
tools.hidden = false;
compare.hidden = false;
showResult();
showGlance();
document.querySelector<HTMLElement>('[data-hc-privacy]')!.hidden = false;
// Shown until now for readers without JavaScript (a <noscript> would also show where scripts are blocked).
document.querySelector<HTMLElement>('[data-hc-worksheet-note]')!.hidden = true;
