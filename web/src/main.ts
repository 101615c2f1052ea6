/**
 * The rasd page: a hash router over the views, the search box and the digits toggle. Views
 * build DOM nodes (never HTML strings) from the API's JSON.
 */
import { ApiFailure } from './api.ts';
import { digits, onDigitsChange, setDigits } from './digits.ts';
import { h, replace } from './dom.ts';
import { articleView } from './views/article.ts';
import { entitiesView, entityView } from './views/entity.ts';
import { listView } from './views/list.ts';
import { searchView } from './views/search.ts';
import { storyView } from './views/story.ts';
import { threadsView, threadView } from './views/thread.ts';

const view = document.getElementById('view')!;

function parseHash(): { parts: string[]; query: URLSearchParams } {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  return {
    parts: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(query),
  };
}

function route(parts: string[], query: URLSearchParams): Promise<Node> {
  const [name, id] = parts;
  if (!name) return listView(query);
  if (name === 'story' && id) return storyView(id);
  if (name === 'article' && id) return articleView(id, query);
  if (name === 'threads') return threadsView();
  if (name === 'thread' && id) return threadView(id);
  if (name === 'entities') return entitiesView(query);
  if (name === 'entity' && id) return entityView(id);
  if (name === 'search') return searchView(query);
  return Promise.resolve(h('p', { class: 'error' }, 'صفحة غير موجودة.'));
}

let renderSeq = 0;

async function render(): Promise<void> {
  const seq = ++renderSeq;
  document.title = 'رصد';
  view.setAttribute('aria-busy', 'true');
  let query = new URLSearchParams();
  try {
    const parsed = parseHash();
    query = parsed.query;
    const { parts } = parsed;
    const node = await route(parts, query);
    if (seq !== renderSeq) return; // a newer navigation won
    replace(view, node);
    if (!query.has('s')) window.scrollTo(0, 0);
  } catch (err) {
    if (seq !== renderSeq) return;
    const message = err instanceof ApiFailure ? err.message : (err as Error).message;
    const notFound = err instanceof ApiFailure && err.status === 404;
    replace(
      view,
      h(
        'div',
        { class: 'error', role: 'alert' },
        h('h1', {}, notFound ? 'غير موجود' : 'تعذّر التحميل'),
        h('p', { dir: 'auto' }, message),
        h('p', {}, h('a', { href: '#/' }, 'العودة إلى القصص')),
      ),
    );
  } finally {
    if (seq === renderSeq) view.setAttribute('aria-busy', 'false');
  }
}

function setupSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-input') as HTMLInputElement;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (q) location.hash = `#/search?${new URLSearchParams({ q })}`;
  });
}

function setupDigits(): void {
  const button = document.getElementById('digits-toggle') as HTMLButtonElement;
  const label = () => {
    button.textContent = digits() === 'eastern' ? '٠١٢' : '012';
    button.title =
      digits() === 'eastern' ? 'الأرقام المشرقية (انقر للتبديل)' : 'الأرقام الغربية (انقر للتبديل)';
    document.documentElement.dataset.digits = digits();
  };
  button.addEventListener('click', () => setDigits(digits() === 'eastern' ? 'western' : 'eastern'));
  onDigitsChange(() => {
    label();
    void render();
  });
  label();
}

setupSearch();
setupDigits();
window.addEventListener('hashchange', () => void render());
void render();
