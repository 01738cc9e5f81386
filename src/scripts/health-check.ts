/**
 * The partnership health check's script (/health-check/): keeps the answers in this browser's storage as they
 * are typed, restores them on load, exports them as Markdown or JSON, imports a JSON export, clears them, and
 * shows the answers that need work with the pages that help. The page itself is a worksheet without it.
 *
 * The check's items and the pages that help are read from the page, which the build wrote from the collections;
 * everything else is in src/lib/health-check.ts.
 */
import {
  answeredCount,
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
} from '../lib/health-check';
import { site } from '../site.config';

/** The browser storage key; the value is the same JSON an export writes. */
const STORAGE_KEY = 'equitable-collaboration-health-check';

const form = document.querySelector<HTMLFormElement>('[data-hc-form]')!;
const tools = document.querySelector<HTMLElement>('[data-hc-tools]')!;
const progress = tools.querySelector<HTMLElement>('[data-hc-progress]')!;
const message = tools.querySelector<HTMLElement>('[data-hc-message]')!;
const importInput = tools.querySelector<HTMLInputElement>('[data-hc-import]')!;
const result = document.querySelector<HTMLElement>('[data-hc-result]')!;

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

function changed() {
  save();
  showResult();
}

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
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
        answersToMarkdown(sections, answers, { date: now, checkUrl, siteTitle: site.title }),
        exportFileName(answers, now, 'md'),
        'text/markdown',
      );
      message.textContent = 'Your answers are downloaded as a Markdown file.';
    } else {
      download(answersToJson(sections, answers, now), exportFileName(answers, now, 'json'), 'application/json');
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

tools.querySelector('[data-hc-clear]')!.addEventListener('click', () => {
  if (!window.confirm('Clear all answers from this browser? Export them first if you want to keep them.')) return;
  answers = EMPTY_ANSWERS;
  writeForm();
  changed();
  message.textContent = 'All answers are cleared from this browser.';
});

answers = load();
writeForm();
showResult();
tools.hidden = false;
document.querySelector<HTMLElement>('[data-hc-privacy]')!.hidden = false;
// Shown until now for readers without JavaScript (a <noscript> would also show where scripts are blocked).
document.querySelector<HTMLElement>('[data-hc-worksheet-note]')!.hidden = true;
