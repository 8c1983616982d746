import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { href, useRoute, type Route } from './router';
import { DocumentView } from './views/DocumentView';
import { EntityView } from './views/EntityView';
import { HomeView } from './views/HomeView';
import { IndicatorView } from './views/IndicatorView';
import { LineageView } from './views/LineageView';
import { PlanView } from './views/PlanView';
import { SearchView } from './views/SearchView';
import './style.css';

// The explorer: one page, hash routes, every view fed by the same GraphQL endpoint.

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'search':
      return <SearchView text={route.params.get('q') ?? ''} />;
    case 'node':
      return <EntityView id={route.arg} />;
    case 'indicator':
      return <IndicatorView id={route.arg} />;
    case 'lineage':
      return <LineageView params={route.params} />;
    case 'plan':
      return <PlanView id={route.arg} />;
    case 'document':
      return <DocumentView id={route.arg} params={route.params} />;
    default:
      return <HomeView />;
  }
}

function SearchBox({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  useEffect(() => {
    setText(initial);
  }, [initial]);
  return (
    <form
      className="searchbox"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        location.hash = href('search', undefined, { q: text });
      }}
    >
      <input
        type="search"
        name="q"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Search plans, tasks, results, indicators…"
        aria-label="Search"
      />
      <button type="submit">Search</button>
    </form>
  );
}

function App() {
  const route = useRoute();
  useEffect(() => {
    window.scrollTo(0, 0); // (newer browsers return a promise here, which an effect must not)
  }, [route.view, route.arg]);
  return (
    <>
      <header className="top">
        <a className="brand" href="#/">
          PlanGraph
        </a>
        <SearchBox initial={route.view === 'search' ? (route.params.get('q') ?? '') : ''} />
        <nav>
          <a href={href('lineage')}>Lineage</a>
          <a href="/ide">GraphQL IDE</a>
        </nav>
      </header>
      <main>
        <View route={route} />
      </main>
    </>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
